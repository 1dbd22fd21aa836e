using System.Net;
using Microsoft.Extensions.DependencyInjection;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.DependencyInjection;
using VpnBot.Diagnostics.Tests.Probes.Ike.Support;

namespace VpnBot.Diagnostics.Tests.Probes.Ike;

public sealed class IkePlanTests
{
    [Theory]
    [InlineData(VpnProtocols.Ikev2, "ike.v2,ike.nat-t")]
    [InlineData(VpnProtocols.L2tp, "ike.v1,ike.nat-t")]
    [InlineData(VpnProtocols.Sstp | VpnProtocols.Pptp, "")]
    [InlineData(VpnProtocols.All, "ike.v2,ike.v1,ike.nat-t")]
    public void Plan_OfferedProtocols_PlansOnlyTheirChecks(VpnProtocols protocols, string expected)
    {
        var target = IkeChecks.Target(IPAddress.Parse("198.18.0.2"), 500, protocols);

        var planned = new[] { IkeChecks.V2, IkeChecks.V1, IkeChecks.NatT }.SelectMany(c => c.Plan(target)).Select(u => u.Check);

        Assert.Equal(expected, string.Join(',', planned));
    }

    [Fact]
    public void Plan_Subjects_NameTheAddressAndPort()
    {
        var target = IkeChecks.Target(IPAddress.Parse("2001:db8::1"), 500, VpnProtocols.Ikev2) with { Ports = new VpnPorts { Ike = 500, NatT = 4500 } };

        Assert.Equal("[2001:db8::1]:500", Assert.Single(IkeChecks.V2.Plan(target)).Subject);
        Assert.Equal("[2001:db8::1]:4500", Assert.Single(IkeChecks.NatT.Plan(target)).Subject);
        Assert.Equal("vpn.example.local:4500", Assert.Single(IkeChecks.NatT.Plan(target with { Address = null })).Subject);
    }

    [Fact]
    public void AddVpnDiagnostics_RegistersTheIkeChecks()
    {
        using var provider = new ServiceCollection().AddVpnDiagnostics().BuildServiceProvider();

        var ids = provider.GetServices<ICheck>().Select(c => c.Id).ToList();

        Assert.Contains(CheckIds.IkeV2, ids);
        Assert.Contains(CheckIds.IkeV1, ids);
        Assert.Contains(CheckIds.IkeNatT, ids);
    }
}
