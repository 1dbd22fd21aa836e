using Microsoft.Extensions.DependencyInjection;
using VpnBot.Cli.Tests.Support;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Diagnosis;
using VpnBot.Diagnostics.Findings;

namespace VpnBot.Cli.Tests;

/// <summary>The report for a person: table, likely causes, verdict; plain when redirected, live on a terminal, Japanese on request.</summary>
public sealed class HumanOutputTests
{
    private static StubCheck[] Checks() =>
    [
        new(CheckIds.DnsResolve, ("10.0.0.10:53", CheckStatus.Pass), ("10.0.0.11:53", CheckStatus.Fail)),
        new(CheckIds.IkeV2, ("10.0.0.5:500", CheckStatus.Warn)),
        new(CheckIds.GrePath, ("10.0.0.5", CheckStatus.Skip)),
        new(CheckIds.SstpListener, ("10.0.0.5:443", CheckStatus.Error)),
    ];

    private static void WithRule(IServiceCollection services) => services.AddSingleton<IDiagnosisRule, StubRule>();

    [Fact]
    public async Task RunAsync_Redirected_PrintsPlainTextTableCausesAndVerdict()
    {
        var run = await InProcess.RunAsync(["check", "vpn.example.com"], Checks(), WithRule);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Empty(run.Error);
        Assert.DoesNotContain(Ansi.Escape, run.Out);
        var lines = run.Out.TrimEnd('\n').Split('\n');
        Assert.Equal($"vpn.example.com checked from {InProcess.Vantage} at", lines[1][..("vpn.example.com checked from ".Length + InProcess.Vantage.Length + 3)]);
        Assert.Contains(lines, l => l.Contains("| Status", StringComparison.Ordinal) && l.Contains("| Check", StringComparison.Ordinal) && l.Contains("| Subject", StringComparison.Ordinal) && l.Contains("| Summary", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("| FAIL ", StringComparison.Ordinal) && l.Contains("| dns.resolve ", StringComparison.Ordinal) && l.Contains("| 10.0.0.11:53 ", StringComparison.Ordinal) && l.Contains("dns.resolve on 10.0.0.11:53 is Fail", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("| SKIP ", StringComparison.Ordinal) && l.Contains("gre.path", StringComparison.Ordinal));
        Assert.Contains("Likely causes", lines);
        Assert.Contains("1. The name has no A record on one server (score 90)", lines);
        Assert.Contains("   Explains error codes: 868, 800", lines);
        Assert.Contains("   Supported by: dns.resolve", lines);
        Assert.Contains("      2. Run ipconfig /registerdns on the server", lines);
        Assert.Matches(@"^CRITICAL: vpn\.example\.com: pass 1, warn 1, fail 1, skip 1, error 1 \(\d+ ms\)$", lines[0]);
        Assert.DoesNotContain(lines, l => l.EndsWith(' '));
    }

    [Fact]
    public async Task RunAsync_NoCauseFound_ListsTheStepsTheFindingsCarry()
    {
        var run = await InProcess.RunAsync(["check", "vpn.example.com"], Checks());

        var lines = run.Out.TrimEnd('\n').Split('\n');
        Assert.Contains("No single cause stands out; look at the checks above that did not pass.", lines);
        Assert.Contains("  1. Fix dns.resolve", lines);
        Assert.Contains("  3. Fix sstp.listener", lines);
    }

    [Fact]
    public async Task RunAsync_AllPass_EndsWithOk()
    {
        var run = await InProcess.RunAsync(["check", "vpn.example.com"], [new StubCheck(CheckIds.DnsResolve, ("10.0.0.10:53", CheckStatus.Pass))]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain("Likely causes", run.Out, StringComparison.Ordinal);
        Assert.StartsWith("OK: vpn.example.com: pass 1, warn 0, fail 0, skip 0, error 0", run.Out.TrimEnd('\n').Split('\n')[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Japanese_RendersHeadersStatusesCausesAndVerdictInJapanese()
    {
        var run = await InProcess.RunAsync(["check", "vpn.example.com", "--lang", "ja"], Checks(), WithRule);

        var lines = run.Out.TrimEnd('\n').Split('\n');
        Assert.StartsWith($"vpn.example.com(確認元: {InProcess.Vantage}、", lines[1], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains("| 結果", StringComparison.Ordinal) && l.Contains("| チェック", StringComparison.Ordinal) && l.Contains("| 対象", StringComparison.Ordinal) && l.Contains("| 概要", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("| 失敗 ", StringComparison.Ordinal) && l.Contains("10.0.0.11:53 の dns.resolve は Fail です", StringComparison.Ordinal));
        Assert.Contains("考えられる原因", lines);
        Assert.Contains("   該当するエラーコード: 868, 800", lines);
        Assert.Contains("      1. 10.0.0.11 にレコードを追加する", lines);
        Assert.StartsWith("重大: vpn.example.com: 正常 1、警告 1、失敗 1、スキップ 1、エラー 1", lines[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ja-JP", "", "")]
    [InlineData("en-US", "LANG", "ja_JP.UTF-8")]
    [InlineData("en-US", "LC_MESSAGES", "ja_JP")]
    [InlineData("en-US", "LC_ALL", "ja_JP.eucJP")]
    public async Task RunAsync_JapaneseSystemLocale_SpeaksJapanese(string culture, string variable, string value)
    {
        var variables = variable.Length == 0 ? new Dictionary<string, string>() : new Dictionary<string, string> { [variable] = value };

        var run = await InProcess.RunAsync(["check", "vpn.example.com"], Checks(), options: new CliOptions { UiCulture = culture, Variables = variables });

        Assert.StartsWith("重大:", run.Out.TrimEnd('\n').Split('\n')[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_LcAllOverridesAJapaneseLang_SpeaksEnglish()
    {
        var variables = new Dictionary<string, string> { ["LC_ALL"] = "C.UTF-8", ["LANG"] = "ja_JP.UTF-8" };

        var run = await InProcess.RunAsync(["check", "vpn.example.com"], Checks(), options: new CliOptions { Variables = variables });

        Assert.StartsWith("CRITICAL:", run.Out.TrimEnd('\n').Split('\n')[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_LangEnUnderJapaneseLocale_SpeaksEnglish()
    {
        var run = await InProcess.RunAsync(["check", "vpn.example.com", "--lang", "en"], Checks(), options: CliOptions.Japanese);

        Assert.False(Ansi.HasJapanese(run.Out), run.Out);
    }

    [Fact]
    public async Task RunAsync_Terminal_ShowsLiveProgressThenTheColouredReport()
    {
        var run = await InProcess.RunAsync(["check", "vpn.example.com"], Checks(), WithRule, new CliOptions { Terminal = true });

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("Checking vpn.example.com: ", run.Out, StringComparison.Ordinal);
        Assert.Contains("/5 done", run.Out, StringComparison.Ordinal);
        Assert.Contains("\u001b[38;5;9mFAIL", run.Out, StringComparison.Ordinal);
        Assert.Contains("\u001b[38;5;2mPASS", run.Out, StringComparison.Ordinal);
        Assert.Contains("Likely causes", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_HostileTextInAFinding_IsEscapedInTheTable()
    {
        var check = new StubCheck(CheckIds.DnsCname)
        {
            PlanOverride = _ => [new CheckUnit(CheckIds.DnsCname, "evil\u001b[2J[red]x[/]\u202E.example", (_, _) =>
                Task.FromResult(StubCheck.Finding(CheckIds.DnsCname, "evil\u001b[2J[red]x[/]\u202E.example", CheckStatus.Fail)))],
        };

        var run = await InProcess.RunAsync(["check", "vpn.example.com"], [check]);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.DoesNotContain(Ansi.Escape, run.Out);
        Assert.DoesNotContain('\u202E', run.Out);
        Assert.Contains("[red]x[/]", run.Out, StringComparison.Ordinal);
    }
}
