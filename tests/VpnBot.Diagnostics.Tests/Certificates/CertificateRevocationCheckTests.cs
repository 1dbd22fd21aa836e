using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using VpnBot.Diagnostics.Certificates.Revocation;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;

namespace VpnBot.Diagnostics.Tests.Certificates;

public sealed class CertificateRevocationCheckTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = TimeProvider.System.GetUtcNow();
    private static readonly TestPki Pki = TestPki.Create(Now);
    private readonly HttpTestServer _http = new();
    private readonly RevocationFetcher _fetcher = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await _http.DisposeAsync();
        _fetcher.Dispose();
    }

    [Fact]
    public async Task Run_NoLocationsWithSstp_FailsWith0x80092013()
    {
        var finding = await Run(Pki.Leaf(), VpnProtocols.Sstp);

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Equal(["0x80092013"], finding.ErrorCodes);
        Assert.Equal("(none)", finding.Evidence["cdp"]);
        Assert.Equal("(none)", finding.Evidence["ocsp"]);
        Assert.Contains(finding.Remediation, step => step.En.Contains("CRL Distribution Point", StringComparison.Ordinal));
        Assert.Contains(finding.Remediation, step => step.En.Contains("NoCertRevocationCheck", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_NoLocationsWithoutSstp_Warns()
    {
        var finding = await Run(Pki.Leaf(), VpnProtocols.Ikev2);

        Assert.Equal(CheckStatus.Warn, finding.Status);
        Assert.Empty(finding.ErrorCodes);
    }

    [Fact]
    public async Task Run_FreshCrl_PassesWithItsDates()
    {
        _http.Answer("/ca.crl", HttpAnswer.Ok(TestPki.Crl(Pki.Intermediate, Now.AddHours(-1), Now.AddDays(7))));
        var url = _http.Url("/ca.crl");

        var finding = await Run(Pki.Leaf(new LeafSpec { CrlUrls = [url] }), VpnProtocols.Sstp);

        Assert.Equal(CheckStatus.Pass, finding.Status);
        Assert.Equal(url, finding.Evidence["cdp"]);
        Assert.StartsWith("ok thisUpdate=", finding.Evidence[url], StringComparison.Ordinal);
        Assert.Contains("entries=0", finding.Evidence[url], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_PemCrl_IsAcceptedToo()
    {
        var der = TestPki.Crl(Pki.Intermediate, Now.AddHours(-1), Now.AddDays(7));
        _http.Answer("/ca.pem.crl", HttpAnswer.Ok(Encoding.ASCII.GetBytes(PemEncoding.WriteString("X509 CRL", der))));

        var finding = await Run(Pki.Leaf(new LeafSpec { CrlUrls = [_http.Url("/ca.pem.crl")] }), VpnProtocols.Sstp);

        Assert.Equal(CheckStatus.Pass, finding.Status);
    }

    [Fact]
    public async Task Run_CrlPastNextUpdate_FailsForSstpAndWarnsOtherwise()
    {
        _http.Answer("/old.crl", HttpAnswer.Ok(TestPki.Crl(Pki.Intermediate, Now.AddDays(-10), Now.AddDays(-3))));
        var leaf = Pki.Leaf(new LeafSpec { CrlUrls = [_http.Url("/old.crl")] });

        var sstp = await Run(leaf, VpnProtocols.Sstp);
        var ikev2 = await Run(leaf, VpnProtocols.Ikev2);

        Assert.Equal(CheckStatus.Fail, sstp.Status);
        Assert.Equal(["0x80092013"], sstp.ErrorCodes);
        Assert.StartsWith("expired ", sstp.Evidence[_http.Url("/old.crl")], StringComparison.Ordinal);
        Assert.Contains(sstp.Remediation, step => step.En.Contains("certutil -crl", StringComparison.Ordinal));
        Assert.Equal(CheckStatus.Warn, ikev2.Status);
    }

    [Fact]
    public async Task Run_GarbageInsteadOfCrl_IsNotACrl()
    {
        _http.Answer("/login.crl", HttpAnswer.Ok("<html>Please sign in</html>"u8.ToArray()));

        var finding = await Run(Pki.Leaf(new LeafSpec { CrlUrls = [_http.Url("/login.crl")] }), VpnProtocols.Sstp);

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.StartsWith("not-a-crl", finding.Evidence[_http.Url("/login.crl")], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_Http404_IsAnHttpError()
    {
        var finding = await Run(Pki.Leaf(new LeafSpec { CrlUrls = [_http.Url("/missing.crl")] }), VpnProtocols.Sstp);

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Equal("http-error 404", finding.Evidence[_http.Url("/missing.crl")]);
        Assert.Contains(finding.Remediation, step => step.En.Contains("double escaping", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_CrlListsTheServerCertificate_FailsAsRevoked()
    {
        var leaf = Pki.Leaf(new LeafSpec { CrlUrls = [_http.Url("/revoked.crl")] });
        _http.Answer("/revoked.crl", HttpAnswer.Ok(TestPki.Crl(Pki.Intermediate, Now.AddHours(-1), Now.AddDays(7), Pki.Leaf(), leaf)));

        var finding = await Run(leaf, VpnProtocols.Ikev2);

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Equal(["0x80092010", "13801"], finding.ErrorCodes);
        Assert.StartsWith("revoked", finding.Evidence[_http.Url("/revoked.crl")], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_CrlOfAnotherCa_IsWrongIssuer()
    {
        _http.Answer("/root.crl", HttpAnswer.Ok(TestPki.Crl(Pki.Root, Now.AddHours(-1), Now.AddDays(7))));

        var finding = await Run(Pki.Leaf(new LeafSpec { CrlUrls = [_http.Url("/root.crl")] }), VpnProtocols.Sstp);

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.StartsWith("wrong-issuer issuer=", finding.Evidence[_http.Url("/root.crl")], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_OcspResponderAnswersAnyStatus_Passes()
    {
        var finding = await Run(Pki.Leaf(new LeafSpec { OcspUrls = [_http.Url("/ocsp")] }), VpnProtocols.Sstp);

        Assert.Equal(CheckStatus.Pass, finding.Status);
        Assert.StartsWith("ok http 404", finding.Evidence[_http.Url("/ocsp")], StringComparison.Ordinal);
        Assert.Contains("/ocsp", _http.Requests);
    }

    [Fact]
    public async Task Run_StalledCrlServer_NoAnswerWithinTheBudget()
    {
        _http.Answer("/slow.crl", new HttpAnswer(200, [], Stall: true));
        var leaf = Pki.Leaf(new LeafSpec { CrlUrls = [_http.Url("/slow.crl")] });

        var finding = await CertificateTestRun.RunAsync(
            new CertificateRevocationCheck(_fetcher), CertificateTestRun.ForFile(leaf, protocols: VpnProtocols.Sstp), budget: TimeSpan.FromSeconds(1));

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.StartsWith("no-answer within", finding.Evidence[_http.Url("/slow.crl")], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_NothingListensAtTheCdp_IsRefused()
    {
        var url = $"http://127.0.0.1:{TlsTestServer.ClosedPort().Port}/ca.crl";

        var finding = await Run(Pki.Leaf(new LeafSpec { CrlUrls = [url] }), VpnProtocols.Ikev2);

        Assert.Equal(CheckStatus.Warn, finding.Status);
        Assert.Equal("refused", finding.Evidence[url]);
    }

    [Fact]
    public async Task Run_RedirectWithinHttp_IsFollowed()
    {
        _http.Answer("/old-path.crl", new HttpAnswer(302, [], Location: "/ca.crl"));
        _http.Answer("/ca.crl", HttpAnswer.Ok(TestPki.Crl(Pki.Intermediate, Now.AddHours(-1), Now.AddDays(7))));

        var finding = await Run(Pki.Leaf(new LeafSpec { CrlUrls = [_http.Url("/old-path.crl")] }), VpnProtocols.Sstp);

        Assert.Equal(CheckStatus.Pass, finding.Status);
        Assert.Equal(["/old-path.crl", "/ca.crl"], _http.Requests);
    }

    [Fact]
    public async Task Run_RedirectToAnotherScheme_IsNotFollowed()
    {
        _http.Answer("/elsewhere.crl", new HttpAnswer(301, [], Location: "ldap://dc1.example.local/CN=ca,CN=CDP"));

        var finding = await Run(Pki.Leaf(new LeafSpec { CrlUrls = [_http.Url("/elsewhere.crl")] }), VpnProtocols.Sstp);

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.StartsWith("bad-redirect to ldap://", finding.Evidence[_http.Url("/elsewhere.crl")], StringComparison.Ordinal);
        Assert.Single(_http.Requests);
    }

    [Fact]
    public async Task Run_LdapOnly_WarnsThatNothingWasTested()
    {
        const string ldap = "ldap:///CN=VpnBot%20Test,CN=CDP,CN=Public%20Key%20Services,DC=example,DC=local?certificateRevocationList";

        var finding = await Run(Pki.Leaf(new LeafSpec { CrlUrls = [ldap] }), VpnProtocols.Sstp);

        Assert.Equal(CheckStatus.Warn, finding.Status);
        Assert.Equal("not-tested ldap", finding.Evidence[ldap]);
    }

    [Fact]
    public async Task Run_OneGoodOneBroken_WarnsAndCountsBoth()
    {
        _http.Answer("/ca.crl", HttpAnswer.Ok(TestPki.Crl(Pki.Intermediate, Now.AddHours(-1), Now.AddDays(7))));
        const string ldap = "ldap:///CN=ca,CN=CDP,DC=example,DC=local";

        var finding = await Run(Pki.Leaf(new LeafSpec { CrlUrls = [ldap, _http.Url("/ca.crl"), _http.Url("/gone.crl")] }), VpnProtocols.Sstp);

        Assert.Equal(CheckStatus.Warn, finding.Status);
        Assert.Contains("1 of 2", finding.Summary.En, StringComparison.Ordinal);
        Assert.Contains("2 件のうち 1 件", finding.Summary.Ja, StringComparison.Ordinal);
    }

    private Task<Finding> Run(X509Certificate2 leaf, VpnProtocols protocols) =>
        CertificateTestRun.RunAsync(new CertificateRevocationCheck(_fetcher), CertificateTestRun.ForFile(leaf, protocols: protocols));
}
