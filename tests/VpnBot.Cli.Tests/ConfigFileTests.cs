using System.Net;
using System.Text.Json;
using VpnBot.Cli.Tests.Support;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;

namespace VpnBot.Cli.Tests;

/// <summary><c>--config</c>: the argument picks an endpoint by Name or Fqdn, flags add to or override it, errors name the key path.</summary>
public sealed class ConfigFileTests : IDisposable
{
    private const string Config = """
        {
          "Vpn": {
            "Endpoints": [
              {
                "Name": "tokyo",
                "Fqdn": "vpn.example.local",
                "Protocols": ["Ikev2", "Sstp"],
                "InternalDns": ["10.0.0.10", "10.0.0.11:5353"],
                "ExternalDns": ["203.0.113.53"],
                "ExpectAddresses": ["10.0.0.5"],
                "Address": "10.0.0.5",
                "Ports": { "Sstp": 8443 },
                "TrustedRoots": ["certs/root.pem"]
              },
              { "Name": "osaka", "Fqdn": "vpn-osaka.example.local", "InternalDns": ["10.1.0.10", "10.1.0.300"] }
            ],
            "Deadline": "00:00:02",
            "Thresholds": { "CertificateWarnDays": 20, "CertificateFailDays": 5 },
            "Bot": { "ItAdmins": ["00000000-0000-0000-0000-000000000001"], "AllowedTenants": [] }
          }
        }
        """;

    private readonly TempDirectory _files = new();
    private readonly string _config;

    public ConfigFileTests()
    {
        _files.WriteCertificate("certs/root.pem");
        _config = _files.Write("vpnbot.json", Config);
    }

    [Theory]
    [InlineData("tokyo")]
    [InlineData("TOKYO")]
    [InlineData("vpn.example.local")]
    [InlineData("VPN.Example.Local.")]
    public async Task RunAsync_ArgumentNamesAConfiguredEndpoint_ChecksThatEndpoint(string selector)
    {
        var check = Passing();

        var run = await InProcess.RunAsync(["check", selector, "--config", _config, "--json"], [check]);

        Assert.True(run.ExitCode == 0, run.ToString());
        var target = check.PlannedFor!;
        Assert.Equal("tokyo", target.Name);
        Assert.Equal("vpn.example.local", target.Fqdn);
        Assert.Equal(VpnProtocols.Ikev2 | VpnProtocols.Sstp, target.Protocols);
        Assert.Equal([IPEndPoint.Parse("10.0.0.10:53"), IPEndPoint.Parse("10.0.0.11:5353")], target.InternalDns);
        Assert.Equal([IPEndPoint.Parse("203.0.113.53:53")], target.ExternalDns);
        Assert.Equal(IPAddress.Parse("10.0.0.5"), target.Address);
        Assert.Equal(8443, target.Ports.Sstp);
        Assert.Equal(500, target.Ports.Ike);
        Assert.Equal("CN=VpnBot Test Root", Assert.Single(target.TrustedRoots).Subject);
        Assert.Equal(20, target.Thresholds.CertificateWarnDays);
        Assert.Equal(5, target.Thresholds.CertificateFailDays);
    }

    [Fact]
    public async Task RunAsync_ConfiguredDeadline_BoundsTheRun()
    {
        var config = _files.Write("deadline.json", """{ "Vpn": { "Deadline": "300ms", "Endpoints": [ { "Name": "tokyo", "Fqdn": "vpn.example.local" } ] } }""");

        var run = await InProcess.RunAsync(["check", "tokyo", "--config", config, "--json"], [StubCheck.Hanging(CheckIds.IkeV2)]);

        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.Equal("300", TimeoutMs(run));
    }

    [Fact]
    public async Task RunAsync_FlagsWithAConfiguredEndpoint_AddToListsAndReplaceSingleValues()
    {
        var check = Passing();

        var run = await InProcess.RunAsync(
            ["check", "tokyo", "--config", _config, "--dns", "10.0.0.12", "--dns", "10.0.0.10", "--address", "10.0.0.6", "--protocols", "pptp",
             "--port", "ike=1500"],
            [check]);

        Assert.True(run.ExitCode == 0, run.ToString());
        var target = check.PlannedFor!;
        Assert.Equal(["10.0.0.10:53", "10.0.0.11:5353", "10.0.0.12:53"], target.InternalDns.Select(e => e.ToString()));
        Assert.Equal(IPAddress.Parse("10.0.0.6"), target.Address);
        Assert.Equal(VpnProtocols.Pptp, target.Protocols);
        Assert.Equal(1500, target.Ports.Ike);
        Assert.Equal(8443, target.Ports.Sstp);
    }

    [Fact]
    public async Task RunAsync_DeadlineFlagWithAConfiguredDeadline_WinsOverTheFile()
    {
        var run = await InProcess.RunAsync(["check", "tokyo", "--config", _config, "--deadline", "250ms", "--json"], [StubCheck.Hanging(CheckIds.IkeV2)]);

        Assert.Equal("250", TimeoutMs(run));
    }

    [Fact]
    public async Task RunAsync_ConfiguredEndpointWithABadValue_NamesTheKeyPath()
    {
        var run = await InProcess.RunAsync(["check", "osaka", "--config", _config], [Passing()]);

        Assert.True(run.ExitCode == 3, run.ToString());
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("Vpn:Endpoints:1:InternalDns:1: '10.1.0.300' is not valid; expected an IP address", line, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }

    [Fact]
    public async Task RunAsync_ConfiguredEndpointWithABadValueInJapanese_NamesTheKeyPathInJapanese()
    {
        var run = await InProcess.RunAsync(["check", "osaka", "--config", _config, "--lang", "ja"], [Passing()]);

        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("Vpn:Endpoints:1:InternalDns:1: '10.1.0.300' は使用できません。", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_BadFlagBesideAConfiguredEndpoint_NamesTheFlag()
    {
        var run = await InProcess.RunAsync(["check", "tokyo", "--config", _config, "--dns", "10.0.0"], [Passing()]);

        Assert.StartsWith("--dns: '10.0.0' is not valid", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ArgumentMatchesNoEndpoint_ListsTheConfiguredOnes()
    {
        var run = await InProcess.RunAsync(["check", "nagoya", "--config", _config], [Passing()]);

        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.Equal(
            "<fqdn>: 'nagoya' is not valid; expected the Name or Fqdn of an endpoint in the configuration: tokyo, osaka.",
            Assert.Single(run.ErrorLines));
    }

    [Theory]
    [InlineData("""{ "Vpn": { "Endpoints": [ { "Name": "a", "Fqdn": "a.example", "Ports": { "Ike": "five" } } ] } }""", "Vpn:Endpoints:0:Ports:Ike: 'five'")]
    [InlineData("""{ "Vpn": { "Endpoints": [ { "Name": "a", "Fqdn": "a.example", "Ports": { "Pptp": 70000 } } ] } }""", "Vpn:Endpoints:0:Ports:Pptp: '70000'")]
    [InlineData("""{ "Vpn": { "Endpoints": [ { "Name": "a", "Fqdn": "a.example", "InternalDns": "10.0.0.10" } ] } }""", "Vpn:Endpoints:0:InternalDns: '10.0.0.10'")]
    [InlineData("""{ "Vpn": { "Endpoints": [ { "Name": "a", "Fqdn": "a_b.example" } ] } }""", "Vpn:Endpoints:0:Fqdn: 'a_b.example'")]
    [InlineData("""{ "Vpn": { "Endpoints": [ { "Name": "a", "Fqdn": "a.example", "Protocols": ["Ikev2", "OpenVpn"] } ] } }""", "Vpn:Endpoints:0:Protocols: 'Ikev2,OpenVpn'")]
    [InlineData("""{ "Vpn": { "Endpoints": [ { "Name": "a", "Fqdn": "a.example", "TrustedRoots": ["missing.pem"] } ] } }""", "Vpn:Endpoints:0:TrustedRoots:0: '")]
    [InlineData("""{ "Vpn": { "Endpoints": [ "a.example" ] } }""", "Vpn:Endpoints:0: 'a.example'")]
    [InlineData("""{ "Vpn": { "Deadline": "forever" } }""", "Vpn:Deadline: 'forever'")]
    [InlineData("""{ "Vpn": { "Deadline": "00:10:00" } }""", "Vpn:Deadline: '00:10:00'")]
    [InlineData("""{ "Vpn": { "Thresholds": { "CertificateWarnDays": "soon" } } }""", "Vpn:Thresholds:CertificateWarnDays: 'soon'")]
    [InlineData("""{ "Vpn": { "Thresholds": { "CertificateWarnDays": 3, "CertificateFailDays": 7 } } }""", "Vpn:Thresholds:CertificateWarnDays: '3'")]
    [InlineData("""{ "Vpn": { "Thresholds": { "MaxPublicTtl": "a while" } } }""", "Vpn:Thresholds:MaxPublicTtl: 'a while'")]
    public async Task RunAsync_BadConfigurationValue_NamesTheKeyPath(string json, string start)
    {
        var config = _files.Write($"{Guid.NewGuid():N}.json", json);

        var run = await InProcess.RunAsync(["check", "a", "--config", config], [Passing()]);

        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.StartsWith(start, Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"Vpn\": ")]
    [InlineData("[1, 2]")]
    [InlineData("{ \"Vpn\": { \"Deadline\": 1, \"Deadline\": 2 } }")]
    [InlineData("")]
    public async Task RunAsync_ConfigurationNotAJsonObject_NamesTheFlag(string contents)
    {
        var config = _files.Write($"{Guid.NewGuid():N}.json", contents);

        var run = await InProcess.RunAsync(["check", "a.example", "--config", config], [Passing()]);

        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.StartsWith("--config: '", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ConfigurationWithoutEndpoints_ChecksTheNameWithItsDeadline()
    {
        var config = _files.Write("defaults.json", """{ "Vpn": { "Deadline": "350ms", "Thresholds": { "MaxCnameDepth": 4 } } }""");
        var check = Passing();

        var run = await InProcess.RunAsync(["check", "vpn.example.com", "--config", config, "--json"], [check, StubCheck.Hanging(CheckIds.IkeV2)]);

        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.Equal("vpn.example.com", check.PlannedFor!.Fqdn);
        Assert.Equal(4, check.PlannedFor.Thresholds.MaxCnameDepth);
        Assert.Equal("350", TimeoutMs(run));
    }

    public void Dispose() => _files.Dispose();

    /// <summary>The limit the runner applied to the unit that never answered.</summary>
    private static string? TimeoutMs(CliRun run)
    {
        using var document = JsonDocument.Parse(run.Out);
        return document.RootElement.GetProperty("findings").EnumerateArray()
            .Single(f => f.GetProperty("check").GetString() == CheckIds.IkeV2)
            .GetProperty("evidence").GetProperty("timeoutMs").GetString();
    }

    private static StubCheck Passing() => new(CheckIds.DnsResolve, ("10.0.0.10:53", CheckStatus.Pass));
}
