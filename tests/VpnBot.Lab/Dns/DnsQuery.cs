using System.Net;
using DnsClient;
using DnsClient.Protocol;

namespace VpnBot.Lab.Dns;

/// <summary>The few DNS questions the lab asks to know its servers are ready and its scenarios are in place.</summary>
internal static class DnsQuery
{
    /// <summary>The zone's SOA serial when the server answers it authoritatively, else null (not up yet, no answer).</summary>
    public static async Task<uint?> AuthoritativeSerialAsync(IPEndPoint server, string zone, CancellationToken cancellationToken)
    {
        var response = await QueryAsync(server, zone, QueryType.SOA, recursion: false, cancellationToken).ConfigureAwait(false);
        return response is { HasError: false, Header.HasAuthorityAnswer: true }
            ? response.Answers.SoaRecords().FirstOrDefault()?.Serial
            : null;
    }

    /// <summary>The A records the server gives for the name (asking for recursion, as a client of a resolver does).</summary>
    public static async Task<IReadOnlyList<IPAddress>> AddressesAsync(IPEndPoint server, string name, CancellationToken cancellationToken)
    {
        var response = await QueryAsync(server, name, QueryType.A, recursion: true, cancellationToken).ConfigureAwait(false);
        return response is { HasError: false } ? [.. response.Answers.OfType<ARecord>().Select(a => a.Address)] : [];
    }

    private static async Task<IDnsQueryResponse?> QueryAsync(
        IPEndPoint server, string name, QueryType type, bool recursion, CancellationToken cancellationToken)
    {
        var client = new LookupClient(new LookupClientOptions(new NameServer(server))
        {
            UseCache = false,
            Recursion = recursion,
            Retries = 0,
            Timeout = TimeSpan.FromMilliseconds(300),
            ThrowDnsErrors = false,
            ContinueOnDnsError = false,
            ContinueOnEmptyResponse = false,
        });
        try
        {
            return await client.QueryAsync(name, type, QueryClass.IN, cancellationToken).ConfigureAwait(false);
        }
        catch (DnsResponseException)
        {
            // Timeouts and connection errors while a server is still starting.
            return null;
        }
    }
}
