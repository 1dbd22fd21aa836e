using System.Net.Sockets;
using DnsClient;

namespace VpnBot.Diagnostics.Dns.Querying;

/// <summary>
/// Resolves through the operating system (getaddrinfo / DnsQuery_W), the path the Windows VPN client
/// itself takes: hosts file, suffix search and the adapter's DNS servers included. It shows no wire
/// details, so its errors are mapped to the nearest response code and the OS error kept as detail.
/// </summary>
internal sealed class SystemResolver(TimeProvider time)
{
    /// <summary>The <c>server</c> evidence value for answers from the operating system's resolver.</summary>
    public const string Label = "system";

    public async Task<DnsAnswer> ResolveAsync(string name, TimeSpan budget, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        if (budget <= TimeSpan.Zero)
        {
            return DnsAnswer.Failed(Label, name, QueryType.A, DnsOutcome.Timeout, DnsTransport.System, TimeSpan.Zero, "no-time-left");
        }

        using var budgetCts = new CancellationTokenSource(budget, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budgetCts.Token);
        try
        {
            // WaitAsync: not every platform can abandon a getaddrinfo call in flight.
            var addresses = await System.Net.Dns.GetHostAddressesAsync(name, AddressFamily.Unspecified, linked.Token)
                .WaitAsync(linked.Token)
                .ConfigureAwait(false);
            return new DnsAnswer
            {
                Server = Label,
                Name = Zones.DnsName.Normalize(name),
                Type = QueryType.A,
                Outcome = DnsOutcome.Answered,
                ResponseCode = DnsHeaderResponseCode.NoError,
                Transport = DnsTransport.System,
                Addresses = [.. addresses.Distinct()],
                Elapsed = time.GetElapsedTime(started),
            };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return DnsAnswer.Failed(Label, name, QueryType.A, DnsOutcome.Timeout, DnsTransport.System, time.GetElapsedTime(started), null);
        }
        catch (SocketException ex)
        {
            var elapsed = time.GetElapsedTime(started);
            var code = ex.SocketErrorCode switch
            {
                SocketError.HostNotFound => DnsHeaderResponseCode.NotExistentDomain,
                SocketError.NoData => DnsHeaderResponseCode.NoError,
                SocketError.TryAgain => DnsHeaderResponseCode.ServerFailure,
                _ => (DnsHeaderResponseCode?)null,
            };
            return code is { } rcode
                ? new DnsAnswer
                {
                    Server = Label,
                    Name = Zones.DnsName.Normalize(name),
                    Type = QueryType.A,
                    Outcome = DnsOutcome.Answered,
                    ResponseCode = rcode,
                    Transport = DnsTransport.System,
                    Elapsed = elapsed,
                    Detail = ex.SocketErrorCode.ToString(),
                }
                : DnsAnswer.Failed(Label, name, QueryType.A, DnsOutcome.NetworkError, DnsTransport.System, elapsed, ex.SocketErrorCode.ToString());
        }
    }
}
