using System.Text.Json;
using VpnBot.Cli.Tests.Support;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;

namespace VpnBot.Cli.Tests;

/// <summary><c>--json</c> prints one report object with the contract's fields, and nothing else on standard output.</summary>
public sealed class JsonOutputTests
{
    private static readonly StubCheck[] Checks =
    [
        new(CheckIds.DnsResolve, ("10.0.0.10:53", CheckStatus.Pass), ("10.0.0.11:53", CheckStatus.Fail)),
        new(CheckIds.IkeV2, ("10.0.0.5:500", CheckStatus.Warn)),
    ];

    [Fact]
    public async Task RunAsync_Json_PrintsOneObjectWithTheContractFields()
    {
        var run = await InProcess.RunAsync(["check", "VPN.Example.com.", "--json"], Checks);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Empty(run.Error);
        using var document = JsonDocument.Parse(run.Out);
        var root = document.RootElement;
        Assert.Equal(JsonValueKind.Object, root.ValueKind);
        Assert.Equal(
            ["target", "vantage", "startedAt", "durationMs", "status", "findings", "diagnosis"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("vpn.example.com", root.GetProperty("target").GetString());
        Assert.Equal(InProcess.Vantage, root.GetProperty("vantage").GetString());
        Assert.Equal("critical", root.GetProperty("status").GetString());
        Assert.True(root.GetProperty("startedAt").TryGetDateTimeOffset(out _));
        Assert.True(root.GetProperty("durationMs").GetInt64() >= 0);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("diagnosis").ValueKind);

        var findings = root.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(3, findings.Count);
        Assert.Equal([CheckIds.DnsResolve, CheckIds.DnsResolve, CheckIds.IkeV2], findings.Select(f => f.GetProperty("check").GetString()));
        var failed = findings.Single(f => f.GetProperty("status").GetString() == "fail");
        Assert.Equal("10.0.0.11:53", failed.GetProperty("subject").GetString());
        Assert.Equal("dns.resolve on 10.0.0.11:53 is Fail", failed.GetProperty("summary").GetString());
        Assert.Equal("fail", failed.GetProperty("evidence").GetProperty("outcome").GetString());
        Assert.Equal(["868"], failed.GetProperty("errorCodes").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["Fix dns.resolve"], failed.GetProperty("remediation").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task RunAsync_JsonInJapanese_CarriesJapaneseTextsUnescaped()
    {
        var run = await InProcess.RunAsync(["check", "vpn.example.com", "--json", "--lang", "ja"], Checks);

        using var document = JsonDocument.Parse(run.Out);
        var summaries = document.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("summary").GetString()!).ToList();
        Assert.Contains("10.0.0.11:53 の dns.resolve は Fail です", summaries);
        Assert.Contains("の dns.resolve", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_JsonOnATerminal_StillPrintsOnlyTheObject()
    {
        var run = await InProcess.RunAsync(["check", "vpn.example.com", "--json"], Checks, options: new CliOptions { Terminal = true });

        Assert.DoesNotContain(Ansi.Escape, run.Out);
        using var document = JsonDocument.Parse(run.Out);
        Assert.Equal("critical", document.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task RunAsync_InternationalName_IsCheckedAsPunycode()
    {
        var check = new StubCheck(CheckIds.DnsResolve, ("10.0.0.10:53", CheckStatus.Pass));

        var run = await InProcess.RunAsync(["check", "bücher.example", "--json"], [check]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("xn--bcher-kva.example", check.PlannedFor?.Fqdn);
        using var document = JsonDocument.Parse(run.Out);
        Assert.Equal("xn--bcher-kva.example", document.RootElement.GetProperty("target").GetString());
    }
}
