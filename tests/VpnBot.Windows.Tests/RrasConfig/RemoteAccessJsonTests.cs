using System.Text.Json;
using VpnBot.Windows.RrasConfig;
using VpnBot.Windows.Tests.Support;

namespace VpnBot.Windows.Tests.RrasConfig;

public sealed class RemoteAccessJsonTests
{
    /// <summary>SHA-1 of the DER in the recording's RawData: what certlm.msc and the SSTP binding show.</summary>
    private const string RecordedThumbprint = "026473714A33B0CAC611DDB21BC28F5BDC74EB16";

    [Fact]
    public void TryParse_VpnInstalled_ReadsStatusesAndAddressing()
    {
        Assert.True(RemoteAccessJson.TryParse(Fixture.Text("RemoteAccess/get-remoteaccess-vpn-installed.json"), out var config, out _));

        Assert.True(config.VpnInstalled);
        Assert.Equal("Installed", config.VpnStatus);
        Assert.Equal("Uninstalled", config.VpnS2SStatus);
        Assert.Equal("Uninstalled", config.DAStatus);
        Assert.Equal("Disabled", config.SstpProxyStatus);
        Assert.False(config.SstpOverHttp);
        Assert.Equal("vpn.example.com", config.ConnectToAddress);
        Assert.Equal("StaticPool", config.IPAssignmentMethod);
        Assert.Equal(["10.20.30.100 - 10.20.30.199"], config.IPAddressRanges);
        Assert.Equal("Windows", config.AuthenticationType);
        Assert.Empty(config.TunnelPorts);
    }

    [Fact]
    public void TryParse_VpnInstalled_ReadsTheSstpCertificateFromItsDer()
    {
        Assert.True(RemoteAccessJson.TryParse(Fixture.Text("RemoteAccess/get-remoteaccess-vpn-installed.json"), out var config, out _));

        var certificate = Assert.IsType<SslCertificateInfo>(config.SslCertificate);
        Assert.Equal(RecordedThumbprint, certificate.Thumbprint);
        Assert.Equal("CN=vpn.example.com, O=Example Corp, C=JP", certificate.Subject);
        Assert.Equal("CN=Example Issuing CA 01, O=Example Corp, C=JP", certificate.Issuer);
        Assert.Equal(new DateTimeOffset(2026, 3, 31, 23, 59, 59, TimeSpan.Zero), certificate.NotAfter);
        Assert.Equal(new DateTimeOffset(2025, 4, 1, 0, 0, 0, TimeSpan.Zero), certificate.NotBefore);
        Assert.Equal(["vpn.example.com"], certificate.DnsNames);
        Assert.False(certificate.SelfSigned);
        Assert.True(RemoteAccessJson.NameMatches(certificate, "vpn.example.com"));
        Assert.False(RemoteAccessJson.NameMatches(certificate, "vpn2.example.com"));
    }

    [Fact]
    public void TryParse_SelfSignedDefault_ReadsJapaneseInterfaceNamesAndTheServersOwnName()
    {
        Assert.True(RemoteAccessJson.TryParse(Fixture.Text("RemoteAccess/get-remoteaccess-self-signed.json"), out var config, out _));

        Assert.Equal("イーサネット 2", config.InternetInterface);
        var certificate = Assert.IsType<SslCertificateInfo>(config.SslCertificate);
        Assert.True(certificate.SelfSigned);
        Assert.Equal(["VPN01.corp.example.local"], certificate.DnsNames);
    }

    [Fact]
    public void TryParse_VpnUninstalled_ReadsOnlyTheStatuses()
    {
        Assert.True(RemoteAccessJson.TryParse(Fixture.Text("RemoteAccess/get-remoteaccess-vpn-uninstalled.json"), out var config, out _));

        Assert.False(config.VpnInstalled);
        Assert.Equal("Uninstalled", config.VpnStatus);
        Assert.Null(config.SslCertificate);
        Assert.Empty(config.IPAddressRanges);
    }

    [Fact]
    public void TryParse_PowerShell7Certificate_ReadsIsoDatesAndThumbprintWithoutRawData()
    {
        const string Json = """
            { "VpnStatus": "Installed",
              "SslCertificate": { "Thumbprint": "ABCDEF0123456789ABCDEF0123456789ABCDEF01", "Subject": "CN=vpn.example.com",
                                  "Issuer": "CN=Example Issuing CA 01", "NotAfter": "2026-03-31T23:59:59+00:00",
                                  "NotBefore": "2025-04-01T09:00:00+09:00",
                                  "DnsNameList": [ { "Punycode": "vpn.example.com", "Unicode": "vpn.example.com" } ] },
              "Ikev2Ports": 128, "SstpPorts": 0 }
            """;

        Assert.True(RemoteAccessJson.TryParse(Json, out var config, out _));

        var certificate = Assert.IsType<SslCertificateInfo>(config.SslCertificate);
        Assert.Equal(new DateTimeOffset(2026, 3, 31, 23, 59, 59, TimeSpan.Zero), certificate.NotAfter);
        Assert.Equal(new DateTimeOffset(2025, 4, 1, 0, 0, 0, TimeSpan.Zero), certificate.NotBefore!.Value.ToUniversalTime());
        Assert.Equal(["vpn.example.com"], certificate.DnsNames);
        Assert.Equal(128, config.TunnelPorts["Ikev2"]);
        Assert.Equal(0, config.TunnelPorts["Sstp"]);
    }

    [Theory]
    [InlineData("\"/Date(1775001599000)/\"", "2026-03-31T23:59:59Z")]
    [InlineData("\"\\/Date(1775001599000)\\/\"", "2026-03-31T23:59:59Z")]
    [InlineData("\"/Date(1775001599000+0900)/\"", "2026-03-31T23:59:59Z")]
    [InlineData("\"2026-03-31T23:59:59Z\"", "2026-03-31T23:59:59Z")]
    public void Date_PowerShellForms_ReadAsUtc(string json, string expected)
    {
        using var document = JsonDocument.Parse(json);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), RemoteAccessJson.Date(document.RootElement));
    }

    [Theory]
    [InlineData("\"/Date(99999999999999999999)/\"")]
    [InlineData("\"/Date()/\"")]
    [InlineData("\"yesterday\"")]
    [InlineData("12")]
    public void Date_NotADate_IsNull(string json)
    {
        using var document = JsonDocument.Parse(json);

        Assert.Null(RemoteAccessJson.Date(document.RootElement));
    }

    [Fact]
    public void TryParse_ArrayOfObjects_ReadsTheFirst()
    {
        Assert.True(RemoteAccessJson.TryParse("[ {\"VpnStatus\": \"Installed\"}, {\"VpnStatus\": \"Uninstalled\"} ]", out var config, out _));

        Assert.True(config.VpnInstalled);
    }

    [Fact]
    public void TryParse_PropertyNamesInAnyCase_AreRead()
    {
        Assert.True(RemoteAccessJson.TryParse("{\"vpnstatus\": \"installed\", \"USEHTTP\": \"Enabled\"}", out var config, out _));

        Assert.True(config.VpnInstalled);
        Assert.True(config.SstpOverHttp);
    }

    [Theory]
    [InlineData("", "empty output")]
    [InlineData("   \r\n", "empty output")]
    [InlineData("\"Installed\"", "not a JSON object")]
    [InlineData("[1, 2]", "not a JSON object")]
    [InlineData("{\"VpnStatus\": ", "not JSON")]
    [InlineData("Get-RemoteAccess : Access is denied.", "not JSON")]
    public void TryParse_NotTheOutput_GivesAReasonWithoutEchoingIt(string text, string reason)
    {
        Assert.False(RemoteAccessJson.TryParse(text, out var config, out var problem));

        Assert.Null(config);
        Assert.StartsWith(reason, problem, StringComparison.Ordinal);
        Assert.DoesNotContain("denied", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_CertificateBytesThatAreNotACertificate_HasNoCertificate()
    {
        Assert.True(RemoteAccessJson.TryParse("{\"VpnStatus\": \"Installed\", \"SslCertificate\": {\"RawData\": [48, 3, 2, 1, 0]}}", out var config, out _));

        Assert.Null(config.SslCertificate);
    }

    [Fact]
    public void TryParse_CimByteArrayCertificate_IsRead()
    {
        var der = string.Join(", ", Convert.FromHexString(DerOfRecordedCertificate()));

        Assert.True(RemoteAccessJson.TryParse($$"""{"VpnStatus": "Installed", "SslCertificate": [{{der}}]}""", out var config, out _));

        Assert.Equal(RecordedThumbprint, config.SslCertificate?.Thumbprint);
    }

    private static string DerOfRecordedCertificate()
    {
        using var document = JsonDocument.Parse(Fixture.Text("RemoteAccess/get-remoteaccess-vpn-installed.json"));
        var raw = document.RootElement.GetProperty("SslCertificate").GetProperty("RawData");
        return Convert.ToHexString([.. raw.EnumerateArray().Select(b => b.GetByte())]);
    }
}
