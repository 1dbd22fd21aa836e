using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using VpnBot.Agent.Tests.Support;
using VpnBot.Lab;
using VpnBot.Lab.Testing;

namespace VpnBot.Agent.Tests.Processes;

/// <summary>
/// Two agents in the real-network lab: one inside, on the VPN server behind the lab's firewall, one outside on
/// the internet side of it; the host (in the cloud, outside) combines what they see. The firewall drops IKE on
/// UDP 500 from outside only, and the public DNS server leaks a private address for one name.
/// </summary>
public sealed class MultiVantageLabTests : IAsyncLifetime
{
    private VpnLab? _network;
    private AgentLab _lab = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        LabRequirements.Require();
        _network = await VpnLab.StartAsync(Cancel);
        var gateway = _network.Topology.Network.Gateway;

        // No --urls: the host's two Kestrel endpoints come from its settings.
        _lab = await AgentLab.StartAsync(lab => HostSettings(lab, gateway), _ => [], Cancel);
    }

    public async ValueTask DisposeAsync()
    {
        await _lab.DisposeAsync();
        if (_network is not null)
        {
            await _network.DisposeAsync();
        }
    }

    [Fact]
    public async Task FirewallBlockingOnlyOutside_IsDiagnosedFromTheTwoSides()
    {
        var (inside, outside) = await StartAgentsAsync();

        var card = (await _lab.CheckAsync("edge", Cancel)).CardText();

        Assert.Contains("The edge blocks IKE from the internet", card, StringComparison.Ordinal);
        Assert.Contains(inside, card, StringComparison.Ordinal);
        Assert.Contains(outside, card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SplitHorizonLeak_IsDiagnosedFromOutside()
    {
        var (_, outside) = await StartAgentsAsync();

        var card = (await _lab.CheckAsync("leak", Cancel)).CardText();

        Assert.Contains("Seen from the internet by", card, StringComparison.Ordinal);
        Assert.Contains(outside, card, StringComparison.Ordinal);
        Assert.Contains(_network!.Topology.Dns.Scenarios.SplitHorizonLeak.Addresses[0].ToString(), card, StringComparison.Ordinal);
    }

    private async Task<(string Inside, string Outside)> StartAgentsAsync()
    {
        var topology = _network!.Topology;
        var server = topology.Hosts.Single(h => h.Addresses.Contains(topology.Ike.Udp500Filtered.Address));
        var hostUrl = new Uri($"https://{topology.Network.Gateway}:{HubPort(_lab)}");
        var (inside, insideToken) = await _lab.AddAgentAsync("lab", Cancel);
        var (outside, outsideToken) = await _lab.AddAgentAsync("lab", Cancel);
        var insideAgent = _lab.StartAgent(_lab.AgentFolder(inside), insideToken, AgentEndpoints(_lab), hostUrl, "Inside", server.Namespace);
        var outsideAgent = _lab.StartAgent(_lab.AgentFolder(outside), outsideToken, AgentEndpoints(_lab), hostUrl, "Outside", networkNamespace: null);
        await insideAgent.WaitForOutputAsync("Connected to", AgentLab.Wait, Cancel);
        await outsideAgent.WaitForOutputAsync("Connected to", AgentLab.Wait, Cancel);
        return (inside, outside);
    }

    /// <summary>Both endpoints as every vantage point is configured: the server behind the firewall, and the leaking public name.</summary>
    private Dictionary<string, string> Endpoints()
    {
        var topology = _network!.Topology;
        var edge = topology.Ike.Udp500Filtered;
        var leak = topology.Dns.Scenarios.SplitHorizonLeak;
        return new()
        {
            ["Vpn__Deadline"] = "00:00:03",
            ["Vpn__Endpoints__0__Name"] = "edge",
            ["Vpn__Endpoints__0__Fqdn"] = "vpn-edge.example.net",
            ["Vpn__Endpoints__0__Address"] = edge.Address.ToString(),
            ["Vpn__Endpoints__0__Protocols__0"] = "Ikev2",
            ["Vpn__Endpoints__0__Sites__0"] = "lab",
            ["Vpn__Endpoints__1__Name"] = "leak",
            ["Vpn__Endpoints__1__Fqdn"] = leak.Name,
            ["Vpn__Endpoints__1__Address"] = edge.Address.ToString(),
            ["Vpn__Endpoints__1__Protocols__0"] = "Ikev2",
            ["Vpn__Endpoints__1__ExternalDns__0"] = topology.Dns.External.Endpoint.ToString(),
            ["Vpn__Endpoints__1__Sites__0"] = "lab",
            ["Logging__LogLevel__Default"] = "Information",
            ["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning",
        };
    }

    private Dictionary<string, string> AgentEndpoints(AgentLab lab) => new(Endpoints())
    {
        ["Vpn__Agent__HostCertificateAuthority"] = Path.Combine(lab.Scratch, "lab-host-ca.pem"),
    };

    /// <summary>
    /// The host on two ports: plain HTTP on loopback for chat, HTTPS on the lab bridge's gateway address for
    /// agents in namespaces, with a certificate for that address from a CA the agents are told to trust.
    /// </summary>
    private Dictionary<string, string> HostSettings(AgentLab lab, IPAddress gateway)
    {
        var pfx = Path.Combine(lab.Scratch, "lab-host.pfx");
        WriteCertificates(gateway, pfx, Path.Combine(lab.Scratch, "lab-host-ca.pem"));
        return new Dictionary<string, string>(Endpoints())
        {
            ["Vpn__Bot__HostVantage"] = "Outside",
            ["Kestrel__Endpoints__Chat__Url"] = $"http://127.0.0.1:{lab.Port}",
            ["Kestrel__Endpoints__Agents__Url"] = $"https://{gateway}:{HubPort(lab)}",
            ["Kestrel__Endpoints__Agents__Certificate__Path"] = pfx,
            ["Kestrel__Endpoints__Agents__Certificate__Password"] = "lab",
        };
    }

    private static int HubPort(AgentLab lab) => lab.Port + 1 > 65535 ? lab.Port - 1 : lab.Port + 1;

    private static void WriteCertificates(IPAddress address, string pfxPath, string caPath)
    {
        // Fixed dates (the wall clock is not used in tests), wide enough to stay valid for decades.
        var from = DateTimeOffset.UnixEpoch.AddYears(56);
        using var caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var caRequest = new CertificateRequest("CN=VpnBot lab host CA", caKey, HashAlgorithmName.SHA256);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign, true));
        using var ca = caRequest.CreateSelfSigned(from.AddDays(-1), from.AddYears(40));

        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=VpnBot lab host", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(address);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var issued = request.Create(ca, from.AddDays(-1), from.AddYears(30), [7, 1, 2, 3]);
        using var withKey = issued.CopyWithPrivateKey(key);
        File.WriteAllBytes(pfxPath, withKey.Export(X509ContentType.Pfx, "lab"));
        File.WriteAllText(caPath, ca.ExportCertificatePem());
    }
}
