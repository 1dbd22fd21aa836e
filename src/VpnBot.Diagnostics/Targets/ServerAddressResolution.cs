using System.Net;
using System.Net.Sockets;
using DnsClient;
using VpnBot.Diagnostics.Checks;

namespace VpnBot.Diagnostics.Targets;

/// <summary>
/// Finds the VPN server's address once per run for every probe: the configured address if there is
/// one, else the first answer from the client-path resolvers, the internal servers, the external
/// resolvers (in that order of preference, asked at once), else the system resolver.
/// </summary>
public static class ServerAddressResolution
{
    private const string SharedKey = "targets.server-address";
    private static readonly TimeSpan PerServerTimeout = TimeSpan.FromSeconds(1);

    public static Task<ServerAddress> GetServerAddressAsync(this CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Target.Address is { } configured
            ? Task.FromResult(new ServerAddress(configured, "configured", [configured]))
            : context.GetSharedAsync(SharedKey, ResolveAsync, cancellationToken);
    }

    private static async Task<ServerAddress> ResolveAsync(CheckContext context, CancellationToken cancellationToken)
    {
        var target = context.Target;
        var servers = target.Resolvers.Concat(target.InternalDns).Concat(target.ExternalDns).Distinct().ToList();
        if (servers.Count == 0)
        {
            return await SystemResolveAsync(target.Fqdn, cancellationToken).ConfigureAwait(false);
        }

        var timeout = context.Remaining < PerServerTimeout ? context.Remaining : PerServerTimeout;
        var lookups = servers.Select(server => QueryAsync(server, target.Fqdn, timeout, cancellationToken)).ToList();
        var answers = await Task.WhenAll(lookups).ConfigureAwait(false);
        for (var i = 0; i < servers.Count; i++)
        {
            if (answers[i].Count > 0)
            {
                return new ServerAddress(answers[i][0], servers[i].ToString(), answers[i]);
            }
        }

        return new ServerAddress(null, "dns", []);
    }

    private static async Task<IReadOnlyList<IPAddress>> QueryAsync(IPEndPoint server, string fqdn, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (timeout <= TimeSpan.Zero)
        {
            return [];
        }

        var client = new LookupClient(new LookupClientOptions(server)
        {
            UseCache = false,
            Retries = 0,
            Timeout = timeout,
            ThrowDnsErrors = false,
            ContinueOnDnsError = false,
            ContinueOnEmptyResponse = false,
        });
        try
        {
            var response = await client.QueryAsync(fqdn, QueryType.A, QueryClass.IN, cancellationToken).ConfigureAwait(false);
            return [.. response.Answers.ARecords().Select(a => a.Address)];
        }
        catch (DnsResponseException)
        {
            return [];
        }
    }

    private static async Task<ServerAddress> SystemResolveAsync(string fqdn, CancellationToken cancellationToken)
    {
        try
        {
            var addresses = await System.Net.Dns.GetHostAddressesAsync(fqdn, cancellationToken).ConfigureAwait(false);
            var preferred = addresses.Where(a => a.AddressFamily == AddressFamily.InterNetwork).Concat(addresses).ToList();
            return new ServerAddress(preferred.FirstOrDefault(), "system", addresses);
        }
        catch (SocketException)
        {
            return new ServerAddress(null, "system", []);
        }
    }
}
