using System.Globalization;

namespace VpnBot.Bench.Agents;

/// <summary>
/// The <c>Vpn</c> settings host and agents share, as environment variables: the deadline and the endpoints,
/// every one of them in the site <see cref="Site"/>, probed on loopback where nothing listens.
/// </summary>
internal static class LabEndpoints
{
    public const string Site = "lab";

    public const string FastName = "fast";

    /// <summary>
    /// <c>ep0</c> … : DNS at a UDP port this process holds open and never answers, so each plan's DNS checks wait
    /// out the deadline: the slowest a plan can be.
    /// </summary>
    public static Dictionary<string, string> Slow(int count, int silentDnsPort, TimeSpan deadline)
    {
        var settings = Common(deadline);
        for (var i = 0; i < count; i++)
        {
            Add(settings, i, SlowName(i), string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{silentDnsPort}"));
        }

        return settings;
    }

    /// <summary>
    /// <c>fast</c>: DNS at a server that refuses every query at once, probes to port 9 on loopback, where nothing
    /// listens (ICMP port unreachable): a plan ends as soon as its checks have run.
    /// </summary>
    public static Dictionary<string, string> Fast(int refusingDnsPort, TimeSpan deadline)
    {
        var settings = Common(deadline);
        Add(settings, 0, FastName, string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{refusingDnsPort}"));
        return settings;
    }

    public static string SlowName(int i) => string.Create(CultureInfo.InvariantCulture, $"ep{i}");

    public static string Fqdn(string name) => name + ".example.test";

    private static Dictionary<string, string> Common(TimeSpan deadline) => new(StringComparer.Ordinal)
    {
        ["Vpn__Deadline"] = deadline.ToString("c", CultureInfo.InvariantCulture),
    };

    private static void Add(Dictionary<string, string> settings, int index, string name, string dns)
    {
        var prefix = string.Create(CultureInfo.InvariantCulture, $"Vpn__Endpoints__{index}__");
        settings[prefix + "Name"] = name;
        settings[prefix + "Fqdn"] = Fqdn(name);
        settings[prefix + "Address"] = "127.0.0.1";
        settings[prefix + "InternalDns__0"] = dns;
        settings[prefix + "Protocols__0"] = "Ikev2";
        settings[prefix + "Ports__Ike"] = "9";
        settings[prefix + "Ports__NatT"] = "9";
        settings[prefix + "Sites__0"] = Site;
    }
}
