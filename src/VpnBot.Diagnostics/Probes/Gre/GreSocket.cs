using System.Net;
using System.Net.Sockets;

namespace VpnBot.Diagnostics.Probes.Gre;

/// <summary>
/// A raw IP socket for protocol 47. Opening one needs root or CAP_NET_RAW (Linux) or an elevated
/// process (Windows): without it, GRE cannot be seen from user space at all.
/// </summary>
public sealed class GreSocket : IDisposable
{
    private readonly Socket _socket;
    private readonly byte[] _buffer = new byte[65_535];

    private GreSocket(Socket socket) => _socket = socket;

    /// <summary>Packets received that were not the awaited GRE (other hosts, other calls, not GRE).</summary>
    public int Ignored { get; private set; }

    /// <summary>Opens the socket, or says why it cannot (the socket error, such as <c>AccessDenied</c>).</summary>
    public static GreSocket? TryOpen(AddressFamily family, out string? reason)
    {
        var socket = RawIpSocket.Open(family, GrePacketParser.IpProtocol, out reason);
        if (socket is null)
        {
            return null;
        }

        try
        {
            socket.Bind(new IPEndPoint(family == AddressFamily.InterNetworkV6 ? IPAddress.IPv6Any : IPAddress.Any, 0));
            return new GreSocket(socket);
        }
        catch (SocketException ex)
        {
            socket.Dispose();
            reason = ex.SocketErrorCode.ToString();
            return null;
        }
    }

    /// <summary>Sends one GRE packet (the kernel adds the IP header); false when the stack refuses it.</summary>
    public async Task<bool> SendAsync(ReadOnlyMemory<byte> packet, IPAddress to, CancellationToken cancellationToken)
    {
        try
        {
            await _socket.SendToAsync(packet, SocketFlags.None, new IPEndPoint(to, 0), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>
    /// Waits for a GRE packet from <paramref name="from"/> for <paramref name="callId"/>; anything else is
    /// counted in <see cref="Ignored"/>. Ends with null when <paramref name="cancellationToken"/> fires.
    /// </summary>
    public async Task<GrePacket?> ReceiveAsync(IPAddress from, ushort callId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(from);
        var any = new IPEndPoint(_socket.AddressFamily == AddressFamily.InterNetworkV6 ? IPAddress.IPv6Any : IPAddress.Any, 0);
        while (!cancellationToken.IsCancellationRequested)
        {
            SocketReceiveFromResult received;
            try
            {
                received = await _socket.ReceiveFromAsync(_buffer, SocketFlags.None, any, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return null;
            }
            catch (SocketException)
            {
                return null;
            }

            var datagram = _buffer.AsSpan(0, received.ReceivedBytes);
            var parsed = _socket.AddressFamily == AddressFamily.InterNetworkV6 ? GrePacketParser.Parse(datagram) : GrePacketParser.ParseIPv4(datagram);
            if (received.RemoteEndPoint is IPEndPoint sender && sender.Address.Equals(from) && parsed.Ok && parsed.Value.CallId == callId)
            {
                return parsed.Value;
            }

            Ignored++;
        }

        return null;
    }

    public void Dispose() => _socket.Dispose();
}
