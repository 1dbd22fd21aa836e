using VpnBot.Diagnostics.Certificates.Name;

namespace VpnBot.Diagnostics.Tests.Certificates;

public sealed class DnsNameMatchTests
{
    [Theory]
    [InlineData("vpn.example.local", "vpn.example.local", true)]
    [InlineData("VPN.Example.LOCAL", "vpn.example.local", true)]
    [InlineData("vpn.example.local.", "vpn.example.local", true)]
    [InlineData("vpn.example.local", "VPN.EXAMPLE.LOCAL.", true)]
    [InlineData("*.example.local", "vpn.example.local", true)]
    [InlineData("*.EXAMPLE.local", "Vpn.example.LOCAL", true)]
    [InlineData("*.example.local", "a.vpn.example.local", false)]
    [InlineData("*.example.local", "example.local", false)]
    [InlineData("*.example.local", ".example.local", false)]
    [InlineData("*.local", "example.local", false)]
    [InlineData("*", "vpn", false)]
    [InlineData("v*.example.local", "vpn.example.local", false)]
    [InlineData("*vpn.example.local", "vpn.example.local", false)]
    [InlineData("vpn.*.local", "vpn.example.local", false)]
    [InlineData("*.*.local", "vpn.example.local", false)]
    [InlineData("vpn.example.local", "vpn2.example.local", false)]
    [InlineData("vpn.example.local", "vpn.example.local.evil", false)]
    [InlineData("xn--vpn-8g4b.example.local", "XN--VPN-8G4B.example.local", true)]
    [InlineData("vpn..example.local", "vpn..example.local", false)]
    [InlineData("", "vpn.example.local", false)]
    [InlineData(null, "vpn.example.local", false)]
    public void Matches_Rfc6125Rules(string? presented, string dialled, bool expected) =>
        Assert.Equal(expected, DnsNameMatch.Matches(presented, dialled));
}
