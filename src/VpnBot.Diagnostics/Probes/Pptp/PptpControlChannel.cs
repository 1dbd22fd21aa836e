using System.Buffers.Binary;
using System.Net.Sockets;

namespace VpnBot.Diagnostics.Probes.Pptp;

/// <summary>
/// A PPTP control connection over a connected TCP socket: sends messages and reads exactly one
/// message at a time, framed by its Length field and bounded in size and time, so a peer that sends
/// garbage, half a message or nothing costs at most the wait it was given.
/// </summary>
public sealed class PptpControlChannel : IDisposable
{
    private readonly Socket _socket;
    private readonly TimeProvider _time;
    private readonly byte[] _buffer = new byte[PptpWire.MaxMessageLength];
    private int _filled;

    /// <param name="socket">A connected TCP socket; the channel owns it from now on.</param>
    /// <param name="time">The clock that times the reads.</param>
    public PptpControlChannel(Socket socket, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(socket);
        ArgumentNullException.ThrowIfNull(time);
        _socket = socket;
        _time = time;
    }

    /// <summary>Sends one message; false when the connection is gone.</summary>
    public async Task<bool> SendAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken)
    {
        try
        {
            var sent = 0;
            while (sent < message.Length)
            {
                sent += await _socket.SendAsync(message[sent..], SocketFlags.None, cancellationToken).ConfigureAwait(false);
            }

            return true;
        }
        catch (SocketException)
        {
            return false;
        }
        catch (ObjectDisposedException)
        {
            return false;
        }
    }

    /// <summary>Reads the next control message, waiting at most <paramref name="timeout"/>.</summary>
    public async Task<PptpRead> ReadAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        _filled = 0;
        using var timeoutCts = new CancellationTokenSource(timeout > TimeSpan.Zero ? timeout : TimeSpan.FromTicks(1), _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutCts.Token);
        try
        {
            if (!await FillAsync(2, linked.Token).ConfigureAwait(false))
            {
                return Ended();
            }

            // Framing first: a length outside what RFC 2637 defines means this is not PPTP, and
            // reading on would only wait for bytes that never come.
            var length = BinaryPrimitives.ReadUInt16BigEndian(_buffer);
            if (length is < PptpWire.HeaderLength or > PptpWire.MaxMessageLength)
            {
                return new PptpRead(PptpReadStatus.NotPptp, Received(), $"length field {length} outside {PptpWire.HeaderLength}..{PptpWire.MaxMessageLength}");
            }

            if (!await FillAsync(length, linked.Token).ConfigureAwait(false))
            {
                return Ended();
            }

            var message = Received();
            var header = PptpMessageParser.ParseHeader(message);
            return header.Ok ? new PptpRead(PptpReadStatus.Message, message) : new PptpRead(PptpReadStatus.NotPptp, message, header.Problem);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new PptpRead(_filled == 0 ? PptpReadStatus.TimedOut : PptpReadStatus.Stalled, Received());
        }
        catch (SocketException)
        {
            return new PptpRead(PptpReadStatus.Reset, Received());
        }
        catch (ObjectDisposedException)
        {
            return new PptpRead(PptpReadStatus.Reset, Received());
        }
    }

    public void Dispose() => _socket.Dispose();

    /// <summary>Reads until <paramref name="count"/> octets are buffered; false when the peer closed first.</summary>
    private async Task<bool> FillAsync(int count, CancellationToken cancellationToken)
    {
        while (_filled < count)
        {
            var received = await _socket.ReceiveAsync(_buffer.AsMemory(_filled, count - _filled), SocketFlags.None, cancellationToken).ConfigureAwait(false);
            if (received == 0)
            {
                return false;
            }

            _filled += received;
        }

        return true;
    }

    private PptpRead Ended() => new(_filled == 0 ? PptpReadStatus.Closed : PptpReadStatus.Truncated, Received());

    private byte[] Received() => _buffer.AsSpan(0, _filled).ToArray();
}
