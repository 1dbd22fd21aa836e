namespace VpnBot.Bench.Host;

/// <summary>A bot to load: its assembly and the environment it runs with (given its scratch folder).</summary>
internal sealed record BotTarget(string Name, string Dll, Func<string, IReadOnlyDictionary<string, string>> Environment, bool RepliesWithCards);

internal static class BotTargets
{
    /// <summary>
    /// The VpnBot host as an operator runs it: Production, no app id (the local connector needs no token), one
    /// endpoint whose probes meet closed loopback ports, one allowed tenant, one IT admin (not one of the
    /// benchmark's users, so everyone gets the employee view), SQLite in a fresh folder, warnings-only logging.
    /// </summary>
    public static BotTarget VpnBotHost(string dll) => new("VpnBot host", dll, scratch => new Dictionary<string, string>(Common)
    {
        ["Vpn__Deadline"] = "00:00:02",
        ["Vpn__Endpoints__0__Name"] = "tokyo",
        ["Vpn__Endpoints__0__Fqdn"] = "vpn.example.test",
        ["Vpn__Endpoints__0__Address"] = "127.0.0.1",
        ["Vpn__Endpoints__0__InternalDns__0"] = "127.0.0.1:9",
        ["Vpn__Endpoints__0__Protocols__0"] = "Ikev2",
        ["Vpn__Endpoints__0__Ports__Ike"] = "9",
        ["Vpn__Endpoints__0__Ports__NatT"] = "9",
        ["Vpn__Bot__AllowedTenants__0"] = TeamsMessages.Tenant,
        ["Vpn__Bot__ItAdmins__0"] = "a1b2c3d4-0000-4000-8000-0000000000aa",
        ["Vpn__Bot__Storage__DataFolder"] = Path.Combine(scratch, "data"),
    }, RepliesWithCards: true);

    /// <summary>The SDK's echo sample with the same process settings.</summary>
    public static BotTarget EchoBaseline(string dll) => new("Echo baseline", dll, _ => Common, RepliesWithCards: false);

    private static readonly Dictionary<string, string> Common = new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["DOTNET_ENVIRONMENT"] = "Production",
        ["Logging__LogLevel__Default"] = "Warning",
    };
}
