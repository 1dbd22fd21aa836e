using System.Net;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Configuration;

namespace VpnBot.Diagnostics.Tests.Configuration;

public sealed class CheckTargetFactoryTests
{
    [Fact]
    public void Create_ValidEndpoint_NormalizesEveryValue()
    {
        var endpoint = new EndpointOptions { Name = "tokyo", Fqdn = "VPN.Example.Local.", Address = "10.0.0.5" };
        endpoint.Protocols.Add("Ikev2");
        endpoint.Protocols.Add("sstp");
        endpoint.InternalDns.Add("10.0.0.10");
        endpoint.InternalDns.Add("10.0.0.11:5353");
        endpoint.ExternalDns.Add("203.0.113.53");
        endpoint.PublicAddresses.Add("203.0.113.10");
        endpoint.Ports.Sstp = 8443;

        var result = CheckTargetFactory.Create(endpoint, new ThresholdOptions(), ArgumentNames.CommandLine);

        Assert.Empty(result.Errors);
        var target = result.Target!;
        Assert.Equal("tokyo", target.Name);
        Assert.Equal("vpn.example.local", target.Fqdn);
        Assert.Equal(VpnProtocols.Ikev2 | VpnProtocols.Sstp, target.Protocols);
        Assert.Equal([new IPEndPoint(IPAddress.Parse("10.0.0.10"), 53), new IPEndPoint(IPAddress.Parse("10.0.0.11"), 5353)], target.InternalDns);
        Assert.Equal(IPAddress.Parse("10.0.0.5"), target.Address);
        Assert.Equal(8443, target.Ports.Sstp);
        Assert.Equal(500, target.Ports.Ike);
    }

    [Fact]
    public void Create_NoProtocols_MeansAllFour()
    {
        var result = CheckTargetFactory.Create(new EndpointOptions { Fqdn = "vpn.example.com" }, new ThresholdOptions(), ArgumentNames.CommandLine);

        Assert.Equal(VpnProtocols.All, result.Target!.Protocols);
        Assert.Equal("vpn.example.com", result.Target.Name);
    }

    [Fact]
    public void Create_SeveralBadValues_ReportsEachWithItsFlag()
    {
        var endpoint = new EndpointOptions { Fqdn = "bad name", Address = "1.2.3" };
        endpoint.InternalDns.Add("10.0.0.10");
        endpoint.InternalDns.Add("10.0.0.300");
        endpoint.Protocols.Add("openvpn");
        endpoint.TrustedRoots.Add("/nonexistent/root.pem");

        var result = CheckTargetFactory.Create(endpoint, new ThresholdOptions(), ArgumentNames.CommandLine);

        Assert.Null(result.Target);
        Assert.Equal(["<fqdn>", "--protocols", "--dns", "--address", "--ca"], result.Errors.Select(e => e.Argument));
    }

    [Fact]
    public void Create_FromConfiguration_NamesTheKeyPath()
    {
        var endpoint = new EndpointOptions { Fqdn = "vpn.example.com" };
        endpoint.InternalDns.Add("10.0.0.10");
        endpoint.InternalDns.Add("nope");
        endpoint.Ports.Ike = 70000;

        var result = CheckTargetFactory.Create(endpoint, new ThresholdOptions(), ArgumentNames.Configuration(2));

        Assert.Equal(["Vpn:Endpoints:2:InternalDns:1", "Vpn:Endpoints:2:Ports:Ike"], result.Errors.Select(e => e.Argument));
    }

    [Fact]
    public void Create_WarnDaysBelowFailDays_IsRejected()
    {
        var thresholds = new ThresholdOptions { CertificateWarnDays = 3, CertificateFailDays = 7, MaxCnameDepth = 0 };

        var result = CheckTargetFactory.Create(new EndpointOptions { Fqdn = "vpn.example.com" }, thresholds, ArgumentNames.CommandLine);

        Assert.Equal(["Vpn:Thresholds:CertificateWarnDays", "Vpn:Thresholds:MaxCnameDepth"], result.Errors.Select(e => e.Argument));
    }
}
