using System.Net;
using VpnBot.Lab.Daemons.Bind;
using VpnBot.Lab.Daemons.Unbound;
using VpnBot.Lab.Dns;
using VpnBot.Lab.Processes;
using VpnBot.Lab.Scenarios;

namespace VpnBot.Lab.Startup;

/// <summary>
/// Starts the DNS side in the order the scenarios need: primary; then secondary (transfers the first versions)
/// and resolver (caches the old address); then the primary alone is reloaded with the second versions and the
/// secondary refreshed for the internal zone only. The external server starts alongside.
/// </summary>
internal static class DnsStartup
{
    public static async Task StartAsync(StartupContext context, CancellationToken cancellationToken)
    {
        const string internalFile = "example.local.zone";
        const string laggingFile = "lagging.example.local.zone";
        var dns = new DnsScenarioPlan(context.Plan);
        IReadOnlyList<(string Zone, uint Serial)> firstVersions =
        [
            (DnsScenarioPlan.InternalZone, DnsScenarioPlan.FirstSerial),
            (DnsScenarioPlan.LaggingZone, DnsScenarioPlan.FirstSerial),
            (dns.ReverseZone, DnsScenarioPlan.FirstSerial),
        ];

        var external = StartExternalAsync(context, dns, cancellationToken);

        var primarySettings = BindServer.CreateSettings(
            context.Plan,
            context.Plan.DnsPrimary,
            [new(DnsScenarioPlan.InternalZone, internalFile), new(DnsScenarioPlan.LaggingZone, laggingFile), new(dns.ReverseZone, "reverse.zone")],
            [context.Plan.DnsSecondary.Address]);
        var primary = await BindServer.StartAsync(
            "BIND primary",
            context.Plan.DnsPrimary,
            primarySettings,
            new Dictionary<string, string>
            {
                [internalFile] = dns.Internal(changed: false).Render(),
                [laggingFile] = dns.Lagging(changed: false).Render(),
                ["reverse.zone"] = dns.Reverse().Render(),
            },
            context.Daemons,
            context.Timeout,
            cancellationToken).ConfigureAwait(false);
        context.ConfigurationFiles["dns-primary"] = primary.ConfigurationFile;
        await WaitForSerialsAsync(context, primary, firstVersions, cancellationToken).ConfigureAwait(false);

        // The secondary transfers the first versions and the resolver caches the old address of the moved
        // name; only then does the primary alone get the second versions.
        var secondaryStart = StartSecondaryAsync(context, dns, firstVersions, cancellationToken);
        await StartResolverAsync(context, dns, cancellationToken).ConfigureAwait(false);
        var secondary = await secondaryStart.ConfigureAwait(false);

        await primary.WriteZoneFileAsync(internalFile, dns.Internal(changed: true).Render(), cancellationToken).ConfigureAwait(false);
        await primary.WriteZoneFileAsync(laggingFile, dns.Lagging(changed: true).Render(), cancellationToken).ConfigureAwait(false);
        await ReloadUntilServedAsync(
            context,
            primary,
            [(DnsScenarioPlan.InternalZone, DnsScenarioPlan.SecondSerial), (DnsScenarioPlan.LaggingZone, DnsScenarioPlan.SecondSerial)],
            cancellationToken).ConfigureAwait(false);

        // The internal zone catches up on the secondary; the lagging zone does not (notify is off, refresh is weeks).
        await secondary.RndcAsync(["refresh", DnsScenarioPlan.InternalZone], cancellationToken).ConfigureAwait(false);
        await WaitForSerialsAsync(context, secondary, [(DnsScenarioPlan.InternalZone, DnsScenarioPlan.SecondSerial)], cancellationToken).ConfigureAwait(false);
        await WaitForSerialsAsync(context, secondary, [(DnsScenarioPlan.LaggingZone, DnsScenarioPlan.FirstSerial)], cancellationToken).ConfigureAwait(false);
        await external.ConfigureAwait(false);
    }

    private static async Task<BindServer> StartSecondaryAsync(
        StartupContext context, DnsScenarioPlan dns, IReadOnlyList<(string Zone, uint Serial)> firstVersions, CancellationToken cancellationToken)
    {
        var primary = context.Plan.DnsPrimary.Address;
        var settings = BindServer.CreateSettings(
            context.Plan,
            context.Plan.DnsSecondary,
            [new(DnsScenarioPlan.InternalZone, Primary: primary), new(DnsScenarioPlan.LaggingZone, Primary: primary), new(dns.ReverseZone, Primary: primary)],
            []);
        var secondary = await BindServer.StartAsync(
            "BIND secondary", context.Plan.DnsSecondary, settings, new Dictionary<string, string>(), context.Daemons, context.Timeout, cancellationToken).ConfigureAwait(false);
        context.ConfigurationFiles["dns-secondary"] = secondary.ConfigurationFile;
        await WaitForSerialsAsync(context, secondary, firstVersions, cancellationToken).ConfigureAwait(false);
        return secondary;
    }

    private static async Task StartResolverAsync(StartupContext context, DnsScenarioPlan dns, CancellationToken cancellationToken)
    {
        var settings = new UnboundSettings(
            context.Plan.PathFor("resolver"),
            context.Plan.Resolver.Address,
            $"198.18.{context.Plan.Net.Base}.0/21",
            [
                new(DnsScenarioPlan.InternalZone, context.Plan.DnsPrimary.Address),
                new(dns.ReverseZone, context.Plan.DnsPrimary.Address),
                new(DnsScenarioPlan.PublicZone, context.Plan.DnsExternal.Address),
            ]);
        var resolver = await UnboundResolver.StartAsync(context.Plan.Resolver, settings, context.Daemons, context.Timeout, cancellationToken).ConfigureAwait(false);
        context.ConfigurationFiles["resolver"] = UnboundResolver.ConfigurationFile(settings);
        var stale = dns.Scenarios().StaleCache;
        var endpoint = new IPEndPoint(context.Plan.Resolver.Address, 53);
        await Readiness.WaitAsync(
            resolver,
            $"caching {stale.Name} as {stale.CachedAddress}",
            async ct => (await DnsQuery.AddressesAsync(endpoint, stale.Name, ct).ConfigureAwait(false)).Contains(stale.CachedAddress),
            context.Timeout,
            cancellationToken).ConfigureAwait(false);
    }

    private static async Task StartExternalAsync(StartupContext context, DnsScenarioPlan dns, CancellationToken cancellationToken)
    {
        var settings = BindServer.CreateSettings(context.Plan, context.Plan.DnsExternal, [new(DnsScenarioPlan.PublicZone, "example.net.zone")], []);
        var external = await BindServer.StartAsync(
            "BIND external",
            context.Plan.DnsExternal,
            settings,
            new Dictionary<string, string> { ["example.net.zone"] = dns.Public().Render() },
            context.Daemons,
            context.Timeout,
            cancellationToken).ConfigureAwait(false);
        context.ConfigurationFiles["dns-external"] = external.ConfigurationFile;
        await WaitForSerialsAsync(context, external, [(DnsScenarioPlan.PublicZone, DnsScenarioPlan.FirstSerial)], cancellationToken).ConfigureAwait(false);
    }

    private static Task WaitForSerialsAsync(
        StartupContext context, BindServer server, IReadOnlyList<(string Zone, uint Serial)> zones, CancellationToken cancellationToken)
    {
        var endpoint = new IPEndPoint(server.Settings.Address, 53);
        return Task.WhenAll(zones.Select(zone => Readiness.WaitAsync(
            server.Daemon,
            $"serving {zone.Zone} with serial {zone.Serial}",
            async ct => await DnsQuery.AuthoritativeSerialAsync(endpoint, zone.Zone, ct).ConfigureAwait(false) == zone.Serial,
            context.Timeout,
            cancellationToken)));
    }

    /// <summary>
    /// <c>rndc reload</c>, repeated once a second until the new serials are served: named skips a zone file
    /// whose modification time is not newer than its last load, which a fast start can hit.
    /// </summary>
    private static async Task ReloadUntilServedAsync(
        StartupContext context, BindServer primary, IReadOnlyList<(string Zone, uint Serial)> zones, CancellationToken cancellationToken)
    {
        var endpoint = new IPEndPoint(primary.Settings.Address, 53);
        var time = TimeProvider.System;
        long? lastReload = null;
        await Readiness.WaitAsync(
            primary.Daemon,
            $"serving {string.Join(", ", zones.Select(z => $"{z.Zone} serial {z.Serial}"))} after rndc reload",
            async ct =>
            {
                if (lastReload is null || time.GetElapsedTime(lastReload.Value) > TimeSpan.FromSeconds(1))
                {
                    foreach (var (zone, _) in zones)
                    {
                        File.SetLastWriteTimeUtc(Path.Combine(primary.Settings.Directory, $"{zone}.zone"), time.GetUtcNow().UtcDateTime);
                    }

                    await primary.RndcAsync(["reload"], ct).ConfigureAwait(false);
                    lastReload = time.GetTimestamp();
                }

                foreach (var (zone, serial) in zones)
                {
                    if (await DnsQuery.AuthoritativeSerialAsync(endpoint, zone, ct).ConfigureAwait(false) != serial)
                    {
                        return false;
                    }
                }

                return true;
            },
            context.Timeout,
            cancellationToken).ConfigureAwait(false);
    }
}
