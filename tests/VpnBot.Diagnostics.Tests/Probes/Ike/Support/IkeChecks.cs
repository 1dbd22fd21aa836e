using System.Net;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Net;
using VpnBot.Diagnostics.Probes.Ike;

namespace VpnBot.Diagnostics.Tests.Probes.Ike.Support;

/// <summary>Runs one IKE check's single unit against an endpoint, as the runner would.</summary>
internal static class IkeChecks
{
    private static readonly UdpExchange Udp = new(TimeProvider.System);

    public static ICheck V2 { get; } = new Ikev2Check(Udp);

    public static ICheck V1 { get; } = new Ikev1Check(Udp);

    public static ICheck NatT { get; } = new IkeNatTCheck(Udp);

    public static CheckTarget Target(IPAddress address, int port, VpnProtocols protocols = VpnProtocols.Ikev2 | VpnProtocols.L2tp) => new()
    {
        Name = "test",
        Fqdn = "vpn.example.local",
        Address = address,
        Protocols = protocols,
        Ports = new VpnPorts { Ike = port, NatT = port },
    };

    public static async Task<Finding> RunAsync(ICheck check, CheckTarget target, TimeSpan? budget = null)
    {
        var unit = Assert.Single(check.Plan(target));
        var context = CheckContext.Create(target, TimeProvider.System, budget ?? TimeSpan.FromSeconds(3), TestContext.Current.CancellationToken);
        return await unit.Run(context, TestContext.Current.CancellationToken);
    }
}
