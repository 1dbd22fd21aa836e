using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using VpnBot.Diagnostics.Certificates.Chain;
using VpnBot.Diagnostics.Certificates.Eku;
using VpnBot.Diagnostics.Certificates.Expiry;
using VpnBot.Diagnostics.Certificates.Name;
using VpnBot.Diagnostics.Certificates.Revocation;
using VpnBot.Diagnostics.Certificates.Source;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Runner;
using VpnBot.Windows.Agent;
using VpnBot.Windows.Certificates;
using VpnBot.Windows.RrasService;
using VpnBot.Windows.Tests.Support;

namespace VpnBot.Windows.Tests.Certificates;

/// <summary>
/// The core's certificate seam with the machine store behind it: the five cert.* checks, run by the real runner,
/// examine the certificate RRAS would use, IKEv2 included.
/// </summary>
public sealed class MachineStoreCertificateSourceTests
{
    private static readonly DateTimeOffset Now = Targets.RecordedAt;

    [Fact]
    public async Task RunAll_Ikev2Only_ChecksTheStoresCertificateInsteadOfSkipping()
    {
        using var certificate = TestCertificates.Server(Now.AddDays(-30), Now.AddDays(20), [Targets.Fqdn]);
        var store = new FakeMachineStore(certificate);

        var findings = await RunAllAsync(Targets.For(VpnProtocols.Ikev2), Source(store));

        Assert.Equal(5, findings.Count);
        Assert.All(findings.Values, f =>
        {
            Assert.NotEqual(CheckStatus.Skip, f.Status);
            Assert.Equal("machine-store", f.Evidence["source"]);
            Assert.Equal(@"LocalMachine\My", f.Evidence["store"]);
            Assert.Equal(Targets.Machine, f.Evidence["machine"]);
        });
        Assert.Equal(CheckStatus.Warn, findings[CheckIds.CertExpiry].Status);
        Assert.Equal("20", findings[CheckIds.CertExpiry].Evidence["daysLeft"]);
        Assert.Equal(CheckStatus.Pass, findings[CheckIds.CertName].Status);
        Assert.Equal(CheckStatus.Pass, findings[CheckIds.CertEku].Status);
        Assert.Equal(certificate.Thumbprint, findings[CheckIds.CertExpiry].Evidence["thumbprintSha1"]);
        Assert.Equal(1, store.Reads);
    }

    [Fact]
    public async Task RunAll_Ikev2AndNothingForTheNameInTheStore_Fails13806WithTheCounts()
    {
        using var other = TestCertificates.Server(Now.AddDays(-30), Now.AddYears(1), ["intranet.example.com"]);

        var findings = await RunAllAsync(Targets.For(VpnProtocols.Ikev2), Source(new FakeMachineStore(other)));

        Assert.All(findings.Values, f =>
        {
            Assert.Equal(CheckStatus.Fail, f.Status);
            Assert.Equal(["13806"], f.ErrorCodes);
            Assert.Equal("1", f.Evidence["certificatesInStore"]);
            Assert.Equal("0", f.Evidence["matchingName"]);
            Assert.Contains(@"LocalMachine\My on VPN01", f.Summary.En, StringComparison.Ordinal);
            Assert.Contains(@"VPN01 の LocalMachine\My", f.Summary.Ja, StringComparison.Ordinal);
            Assert.Contains("certlm.msc", Assert.Single(f.Remediation).En, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task RunAll_L2tpOnlyAndNothingInTheStore_SkipsAsAPreSharedKeyNeedsNone()
    {
        var findings = await RunAllAsync(Targets.For(VpnProtocols.L2tp), Source(new FakeMachineStore()));

        Assert.All(findings.Values, f =>
        {
            Assert.Equal(CheckStatus.Skip, f.Status);
            Assert.Empty(f.ErrorCodes);
            Assert.Contains("pre-shared key", f.Summary.En, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task RunAll_NotTheVpnServer_LeavesTheChecksAsTheyWere()
    {
        using var certificate = TestCertificates.Server(Now.AddDays(-30), Now.AddYears(1), [Targets.Fqdn]);
        var store = new FakeMachineStore(certificate);
        var source = new MachineStoreCertificateSource(store, RecordedServices.From("Services/get-service-not-rras-server.json"), new LocalMachine(Targets.Machine));

        var findings = await RunAllAsync(Targets.For(VpnProtocols.Ikev2), source);

        Assert.All(findings.Values, f => Assert.Equal(CheckStatus.Skip, f.Status));
        Assert.Contains("--cert", findings[CheckIds.CertName].Summary.En, StringComparison.Ordinal);
        Assert.Equal(0, store.Reads);
    }

    [Fact]
    public async Task RunAll_CertificateFileGiven_TheFileWinsAndTheStoreIsNotRead()
    {
        using var inStore = TestCertificates.Server(Now.AddDays(-30), Now.AddYears(1), [Targets.Fqdn]);
        using var file = TestCertificates.Server(Now.AddDays(-30), Now.AddYears(1), [Targets.Fqdn]);
        var store = new FakeMachineStore(inStore);
        var target = Targets.For(VpnProtocols.Ikev2) with { CertificateFile = new CertificateFile("server.pem", file, []) };

        var findings = await RunAllAsync(target, Source(store));

        Assert.All(findings.Values, f => Assert.Equal("file", f.Evidence["source"]));
        Assert.Equal(0, store.Reads);
    }

    [Fact]
    public async Task RunAll_SstpOfferedAndTheStoreEmpty_FallsBackToTheListener()
    {
        // Nothing listens on the closed port: the TLS fallback is tried and reports the refusal.
        var target = Targets.For(VpnProtocols.Sstp | VpnProtocols.Ikev2) with
        {
            Address = System.Net.IPAddress.Loopback,
            Ports = new VpnPorts { Sstp = ClosedPort() },
        };

        var findings = await RunAllAsync(target, Source(new FakeMachineStore()));

        Assert.All(findings.Values, f => Assert.Equal("tls", f.Evidence["source"]));
    }

    [Fact]
    public async Task RunAll_StoreUnreadable_LeavesTheChecksAsTheyWere()
    {
        var findings = await RunAllAsync(Targets.For(VpnProtocols.Ikev2), Source(new FakeMachineStore { Unreadable = true }));

        Assert.All(findings.Values, f => Assert.Equal(CheckStatus.Skip, f.Status));
    }

    [Fact]
    public async Task RunAll_NoLocalSource_CoreBehaviourUnchanged()
    {
        var findings = await RunAllAsync(Targets.For(VpnProtocols.Ikev2), localCertificates: null);

        Assert.All(findings.Values, f =>
        {
            Assert.Equal(CheckStatus.Skip, f.Status);
            Assert.Equal("Ikev2", f.Evidence["protocols"]);
        });
    }

    [Fact]
    public async Task FindAsync_ChosenCertificate_OthersAreDisposed()
    {
        using var expired = TestCertificates.Server(Now.AddYears(-2), Now.AddDays(-3), [Targets.Fqdn]);
        using var valid = TestCertificates.Server(Now.AddMonths(-6), Now.AddMonths(6), [Targets.Fqdn]);
        var copies = new List<X509Certificate2>();
        var store = new CapturingStore([expired, valid], copies);
        var context = CheckContext.Create(Targets.For(VpnProtocols.Ikev2), new FakeTimeProvider(Now), TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);

        var result = await new MachineStoreCertificateSource(store, RecordedServices.From("Services/get-service-healthy.json"), new LocalMachine(Targets.Machine))
            .FindAsync(context, TestContext.Current.CancellationToken);

        var chosen = Assert.IsType<ServerCertificate>(result?.Certificate);
        Assert.Equal(CertificateOrigin.MachineStore, chosen.Origin);
        Assert.Equal(valid.Thumbprint, chosen.Leaf.Thumbprint);
        Assert.Throws<System.Security.Cryptography.CryptographicException>(() => copies.Single(c => !ReferenceEquals(c, chosen.Leaf)).GetCertHash());
    }

    private static MachineStoreCertificateSource Source(IMachineCertificates store) =>
        new(store, RecordedServices.From("Services/get-service-healthy.json"), new LocalMachine(Targets.Machine));

    private static async Task<Dictionary<string, Finding>> RunAllAsync(CheckTarget target, ILocalCertificateSource? localCertificates)
    {
        using var fetcher = new RevocationFetcher();
        ICheck[] checks =
        [
            new CertificateExpiryCheck(),
            new CertificateNameCheck(),
            new CertificateChainCheck(),
            new CertificateEkuCheck(),
            new CertificateRevocationCheck(fetcher),
        ];
        var runner = new CheckRunner(checks, new FakeTimeProvider(Now), NullLogger<CheckRunner>.Instance, localCertificates);
        var findings = new Dictionary<string, Finding>(StringComparer.Ordinal);
        await foreach (var finding in runner.RunAsync(runner.Plan(target), TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken))
        {
            findings.Add(finding.Check, finding);
        }

        return findings;
    }

    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class CapturingStore(X509Certificate2[] certificates, List<X509Certificate2> copies) : IMachineCertificates
    {
        public string StoreName => @"LocalMachine\My";

        public IReadOnlyList<X509Certificate2>? Read()
        {
            var read = certificates.Select(c => new X509Certificate2(c)).ToList();
            copies.AddRange(read);
            return read;
        }
    }
}
