using System.Net;
using System.Net.Sockets;

namespace VpnBot.Bench.Agents;

/// <summary>
/// A DNS server on loopback that answers every query at once with REFUSED (RFC 1035 §4.1.1, RCODE 5), so a plan's
/// DNS checks end as soon as they have asked. A closed port would not do: the product's DNS client does not take
/// ICMP "port unreachable" for an answer and waits for its timeout instead.
/// </summary>
internal sealed class RefusingDns : IDisposable
{
    private const byte ResponseFlag = 0x80;
    private const byte Refused = 5;

    private readonly UdpClient _socket = new(new IPEndPoint(IPAddress.Loopback, 0));
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public RefusingDns() => _loop = AnswerAsync(_stop.Token);

    public int Port => ((IPEndPoint)_socket.Client.LocalEndPoint!).Port;

    public void Dispose()
    {
        _stop.Cancel();
        _socket.Dispose();
        _loop.Wait(TimeSpan.FromSeconds(5));
        _stop.Dispose();
    }

    // The answer is the query itself with QR set and RCODE REFUSED: same id, same question, RA clear.
    private async Task AnswerAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            UdpReceiveResult query;
            try
            {
                query = await _socket.ReceiveAsync(cancellationToken);
            }
            catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException)
            {
                return;
            }
            catch (SocketException)
            {
                // An ICMP error from an earlier answer's sender; the next query is unaffected.
                continue;
            }

            var answer = query.Buffer;
            if (answer.Length < 12)
            {
                continue;
            }

            answer[2] |= ResponseFlag;
            answer[3] = (byte)((answer[3] & 0x70) | Refused);
            try
            {
                await _socket.SendAsync(answer, query.RemoteEndPoint, cancellationToken);
            }
            catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException)
            {
                return;
            }
        }
    }
}
