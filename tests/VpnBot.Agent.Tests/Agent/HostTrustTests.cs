using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;
using VpnBot.Agent.Configuration;
using VpnBot.Agent.Connection;

namespace VpnBot.Agent.Tests.Agent;

public sealed class HostTrustTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("vpnbot-trust-").FullName;
    private readonly X509Certificate2 _ca;
    private readonly X509Certificate2 _leaf;

    public HostTrustTests()
    {
        using var caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var caRequest = new CertificateRequest("CN=Example Internal CA", caKey, HashAlgorithmName.SHA256);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign, true));
        // Fixed dates (the wall clock is not used in tests), wide enough to stay valid for decades.
        var now = DateTimeOffset.UnixEpoch.AddYears(56);
        _ca = caRequest.CreateSelfSigned(now.AddDays(-1), now.AddYears(40));

        using var leafKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var leafRequest = new CertificateRequest("CN=vpnbot.example.local", leafKey, HashAlgorithmName.SHA256);
        _leaf = leafRequest.Create(_ca, now.AddDays(-1), now.AddYears(30), [1, 2, 3, 4]);
        File.WriteAllText(Path.Combine(_folder, "ca.pem"), _ca.ExportCertificatePem());
    }

    public void Dispose()
    {
        _ca.Dispose();
        _leaf.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void UntrustedChain_FromTheConfiguredCa_IsAccepted() =>
        Assert.True(Trust(Path.Combine(_folder, "ca.pem")).Validate(this, _leaf, null, SslPolicyErrors.RemoteCertificateChainErrors));

    [Fact]
    public void UntrustedChain_WithoutAConfiguredCa_IsRefused() =>
        Assert.False(Trust(null).Validate(this, _leaf, null, SslPolicyErrors.RemoteCertificateChainErrors));

    [Fact]
    public void NameMismatch_IsRefusedEvenFromTheConfiguredCa() =>
        Assert.False(Trust(Path.Combine(_folder, "ca.pem")).Validate(this, _leaf, null, SslPolicyErrors.RemoteCertificateNameMismatch | SslPolicyErrors.RemoteCertificateChainErrors));

    [Fact]
    public void CertificateFromAnotherCa_IsRefused()
    {
        using var otherKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var other = new CertificateRequest("CN=vpnbot.example.local", otherKey, HashAlgorithmName.SHA256)
            .CreateSelfSigned(DateTimeOffset.UnixEpoch.AddYears(56).AddDays(-1), DateTimeOffset.UnixEpoch.AddYears(57));

        Assert.False(Trust(Path.Combine(_folder, "ca.pem")).Validate(this, other, null, SslPolicyErrors.RemoteCertificateChainErrors));
    }

    [Fact]
    public void UnreadableCaFile_IsAConfigurationErrorNamingTheKey()
    {
        var result = new AgentOptionsValidator().Validate(null, new AgentOptions { HostUrl = new Uri("https://vpnbot.example.local"), HostCertificateAuthority = Path.Combine(_folder, "missing.pem") });

        Assert.Contains("Vpn:Agent:HostCertificateAuthority", result.FailureMessage, StringComparison.Ordinal);
    }

    private static HostTrust Trust(string? path) => new(Options.Create(new AgentOptions { HostCertificateAuthority = path }));
}
