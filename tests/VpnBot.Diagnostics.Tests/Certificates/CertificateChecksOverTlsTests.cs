using System.Security.Cryptography.X509Certificates;
using VpnBot.Diagnostics.Certificates.Revocation;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;

namespace VpnBot.Diagnostics.Tests.Certificates;

/// <summary>
/// Each kind of server certificate served from a real TLS handshake on 127.0.0.1 and judged by all five
/// checks through the runner, as the CLI runs them against an SSTP + IKEv2 endpoint.
/// </summary>
public sealed class CertificateChecksOverTlsTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = TimeProvider.System.GetUtcNow();
    private static readonly TestPki Pki = TestPki.Create(Now);
    private static readonly TestPki Rogue = TestPki.Create(Now, "Rogue");
    private readonly HttpTestServer _http = new();
    private readonly RevocationFetcher _fetcher = new();

    public ValueTask InitializeAsync()
    {
        _http.Answer("/ca.crl", HttpAnswer.Ok(TestPki.Crl(Pki.Intermediate, Now.AddHours(-1), Now.AddDays(7))));
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _http.DisposeAsync();
        _fetcher.Dispose();
    }

    /// <summary>Expected statuses in check order: expiry, name, chain, eku, revocation (P pass, W warn, F fail).</summary>
    [Theory]
    [InlineData("good", "PPPPP")]
    [InlineData("expired", "FPPPP")]
    [InlineData("not-yet-valid", "FPPPP")]
    [InlineData("wrong-name", "PFPPP")]
    [InlineData("wildcard", "PPPPP")]
    [InlineData("cn-only", "PPPPP")]
    [InlineData("no-eku", "PPPPP")]
    [InlineData("client-auth-only", "PPPFP")]
    [InlineData("no-ike-eku", "PPPWP")]
    [InlineData("untrusted-ca", "PPFPF")]
    [InlineData("intermediate-not-sent", "PPFPP")]
    [InlineData("no-revocation-info", "PPPPF")]
    [InlineData("ocsp-only", "PPPPP")]
    public async Task RunAll_CertificateServedOverTls_EachCheckJudgesItsPart(string kind, string expected)
    {
        var (leaf, chain) = Make(kind);
        await using var server = TlsTestServer.Serve(leaf, chain);

        var findings = await CertificateTestRun.RunAllAsync(CertificateTestRun.ForTls(server.Endpoint, [Pki.Root]), TimeSpan.FromSeconds(5), _fetcher);

        string[] order = [CheckIds.CertExpiry, CheckIds.CertName, CheckIds.CertChain, CheckIds.CertEku, CheckIds.CertRevocation];
        var actual = string.Concat(order.Select(id => Letter(findings[id].Status)));
        Assert.Equal(expected, actual);
        Assert.Equal(1, server.Accepted);
        Assert.All(findings.Values, f => Assert.Equal("tls", f.Evidence["source"]));
    }

    private (X509Certificate2 Leaf, X509Certificate2[] Chain) Make(string kind)
    {
        var crl = new LeafSpec { CrlUrls = [_http.Url("/ca.crl")] };
        return kind switch
        {
            "good" => (Pki.Leaf(crl), [Pki.Intermediate]),
            "expired" => (Pki.Leaf(crl with { NotBefore = TimeSpan.FromDays(-400), NotAfter = TimeSpan.FromDays(-3) }), [Pki.Intermediate]),
            "not-yet-valid" => (Pki.Leaf(crl with { NotBefore = TimeSpan.FromDays(3), NotAfter = TimeSpan.FromDays(300) }), [Pki.Intermediate]),
            "wrong-name" => (Pki.Leaf(crl with { CommonName = "mail.example.local", DnsNames = ["mail.example.local"] }), [Pki.Intermediate]),
            "wildcard" => (Pki.Leaf(crl with { CommonName = "*.example.local", DnsNames = ["*.example.local"] }), [Pki.Intermediate]),
            "cn-only" => (Pki.Leaf(crl with { DnsNames = null }), [Pki.Intermediate]),
            "no-eku" => (Pki.Leaf(crl with { Ekus = null }), [Pki.Intermediate]),
            "client-auth-only" => (Pki.Leaf(crl with { Ekus = [TestPki.ClientAuth] }), [Pki.Intermediate]),
            "no-ike-eku" => (Pki.Leaf(crl with { Ekus = [TestPki.ServerAuth] }), [Pki.Intermediate]),
            "untrusted-ca" => (Rogue.Leaf(), [Rogue.Intermediate, Rogue.Root]),
            "intermediate-not-sent" => (Pki.Leaf(crl), []),
            "no-revocation-info" => (Pki.Leaf(), [Pki.Intermediate]),
            "ocsp-only" => (Pki.Leaf(new LeafSpec { OcspUrls = [_http.Url("/ocsp")] }), [Pki.Intermediate]),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }

    private static char Letter(CheckStatus status) => status switch
    {
        CheckStatus.Pass => 'P',
        CheckStatus.Warn => 'W',
        CheckStatus.Fail => 'F',
        CheckStatus.Skip => 'S',
        _ => 'E',
    };
}
