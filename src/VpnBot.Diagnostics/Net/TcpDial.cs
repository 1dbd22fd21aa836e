using System.Net;
using System.Net.Sockets;

namespace VpnBot.Diagnostics.Net;

/// <summary>How a TCP connection attempt ended.</summary>
public enum TcpOutcome
{
    Connected,

    /// <summary>RST: the host is up and either nothing listens or a firewall rejects.</summary>
    Refused,

    /// <summary>No answer to the SYN within the time allowed: dropped on the path, or the host is down.</summary>
    TimedOut,

    /// <summary>No route, or an ICMP unreachable.</summary>
    Unreachable,
}

/// <summary>A TCP connection attempt; owns the socket when connected.</summary>
public sealed record TcpDialResult(TcpOutcome Outcome, Socket? Socket, TimeSpan Elapsed, SocketError? SocketError = null) : IDisposable
{
    public void Dispose() => Socket?.Dispose();
}

/// <summary>Opens TCP connections with a bounded wait, reporting refusals and silence as outcomes, not exceptions.</summary>
public static class TcpDial
{
    public static async Task<TcpDialResult> ConnectAsync(IPEndPoint remote, TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(remote);
        ArgumentNullException.ThrowIfNull(time);
        var started = time.GetTimestamp();
        var socket = new Socket(remote.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        using var timeoutCts = new CancellationTokenSource(timeout > TimeSpan.Zero ? timeout : TimeSpan.FromTicks(1), time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutCts.Token);
        try
        {
            await socket.ConnectAsync(remote, linked.Token).ConfigureAwait(false);
            return new TcpDialResult(TcpOutcome.Connected, socket, time.GetElapsedTime(started));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            socket.Dispose();
            return new TcpDialResult(TcpOutcome.TimedOut, null, time.GetElapsedTime(started));
        }
        catch (SocketException ex)
        {
            socket.Dispose();
            var outcome = ex.SocketErrorCode switch
            {
                SocketError.ConnectionRefused => TcpOutcome.Refused,
                SocketError.TimedOut => TcpOutcome.TimedOut,
                _ => TcpOutcome.Unreachable,
            };
            return new TcpDialResult(outcome, null, time.GetElapsedTime(started), ex.SocketErrorCode);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
