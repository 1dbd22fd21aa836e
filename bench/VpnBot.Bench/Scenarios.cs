using System.Net;
using VpnBot.Lab.Topology;

namespace VpnBot.Bench;

/// <summary>
/// The two endpoints of the comparison. The baseline is what an administrator types to check the same
/// things by hand, one command after another, each tool with its own default timeouts.
/// </summary>
public static class Scenarios
{
    public static IReadOnlyList<Scenario> Create(LabTopology lab)
    {
        ArgumentNullException.ThrowIfNull(lab);
        var name = lab.Vpn.Name;
        var zone = lab.Dns.InternalZone;
        var ca = lab.Tls.CaCertificateFile;
        var primary = lab.Dns.Primary.Address;
        var healthyAddress = lab.Vpn.Address;
        var broken = lab.Ike.Udp500Filtered.Address;

        var healthy = new Scenario(
            "healthy",
            $"{name} at {healthyAddress}: two authoritative servers in sync, a caching resolver, strongSwan (IKEv2, IKEv1, NAT-T), xl2tpd, pptpd, TLS on 443.",
            [
                new("vpnbot check --json (all four protocols)", Check(name, [primary, lab.Dns.Secondary.Address], lab.Dns.Resolver.Address, healthyAddress, ca)),
                new("vpnbot check --json --protocols ikev2,l2tp,pptp", [.. Check(name, [primary, lab.Dns.Secondary.Address], lab.Dns.Resolver.Address, healthyAddress, ca), "--protocols", "ikev2,l2tp,pptp"]),
            ],
            [
                .. Dig(primary, name, zone), .. Dig(lab.Dns.Secondary.Address, name, zone),
                new ToolStep("dig PTR", "dig", [$"@{primary}", "-x", healthyAddress.ToString()]),
                new ToolStep("dig via the resolver", "dig", [$"@{lab.Dns.Resolver.Address}", name, "A"]),
                .. Ike(healthyAddress), TlsStep(healthyAddress, name, ca), Tcp(healthyAddress),
            ],
            SlowTools: false,
            TimeSpan.FromSeconds(5));

        var brokenScenario = new Scenario(
            "broken",
            $"{name} dialled at {broken}: UDP 500 and TCP 443 dropped by a firewall (UDP 4500 passes), and one of the two DNS servers ({lab.Dns.Silent.Address}) silent.",
            [new("vpnbot check --json (all four protocols)", Check(name, [primary, lab.Dns.Silent.Address], null, broken, ca))],
            [
                .. Dig(primary, name, zone), .. Dig(lab.Dns.Silent.Address, name, zone),
                new ToolStep("dig PTR", "dig", [$"@{primary}", "-x", broken.ToString()]),
                .. Ike(broken), TlsStep(broken, name, ca), Tcp(broken),
            ],
            SlowTools: true,
            TimeSpan.FromSeconds(5));

        return [healthy, brokenScenario];
    }

    private static List<string> Check(string name, IReadOnlyList<IPAddress> dns, IPAddress? resolver, IPAddress address, string ca)
    {
        List<string> args = ["check", name];
        foreach (var server in dns)
        {
            args.AddRange(["--dns", server.ToString()]);
        }

        if (resolver is not null)
        {
            args.AddRange(["--resolver", resolver.ToString()]);
        }

        args.AddRange(["--address", address.ToString(), "--ca", ca, "--json"]);
        return args;
    }

    private static IEnumerable<ToolStep> Dig(IPAddress server, string name, string zone) =>
    [
        new($"dig A @{server}", "dig", [$"@{server}", name, "A"]),
        new($"dig AAAA @{server}", "dig", [$"@{server}", name, "AAAA"]),
        new($"dig SOA @{server}", "dig", [$"@{server}", zone, "SOA"]),
    ];

    private static IEnumerable<ToolStep> Ike(IPAddress address) =>
    [
        new("ike-scan --ikev2", "ike-scan", ["--ikev2", address.ToString()]),
        new("ike-scan (IKEv1 Main Mode)", "ike-scan", [address.ToString()]),
        new("ike-scan --nat-t --ikev2", "ike-scan", ["--nat-t", "--ikev2", address.ToString()]),
    ];

    private static ToolStep TlsStep(IPAddress address, string name, string ca) =>
        new("openssl s_client", "openssl", ["s_client", "-connect", $"{address}:443", "-servername", name, "-verify_hostname", name, "-CAfile", ca, "-verify_return_error"]);

    private static ToolStep Tcp(IPAddress address) => new("nc -z (TCP 1723)", "nc", ["-z", address.ToString(), "1723"]);
}
