using System.Text.Json;
using Spectre.Console;
using VpnBot.Cli.Tests.Support;

namespace VpnBot.Cli.Tests;

/// <summary><c>vpnbot explain</c> against the knowledge base shipped in the core.</summary>
public sealed class ExplainTests
{
    [Theory]
    [InlineData("868")]
    [InlineData("0x80070364")]
    [InlineData("0x364")]
    [InlineData("-2147024028")]
    public async Task RunAsync_FormsOf868_ExplainTheUnresolvableName(string code)
    {
        var run = await InProcess.RunAsync(["explain", code]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Empty(run.Error);
        var lines = run.Out.TrimEnd('\n').Split('\n');
        Assert.Equal("868  ERROR_DNSNAME_NOT_RESOLVABLE", lines[0]);
        Assert.Equal(code == "868", !lines[1].Contains("was looked up as 868", StringComparison.Ordinal));
        Assert.Contains("Meaning", lines);
        Assert.Contains("Likely causes", lines);
        Assert.Contains("What to do", lines);
        Assert.Contains(lines, l => l.StartsWith("   1. ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("      confirm with: ", StringComparison.Ordinal) && l.Contains("dns.resolve", StringComparison.Ordinal));
        Assert.DoesNotContain(Ansi.Escape, run.Out);
    }

    [Theory]
    [InlineData("0x800B0109")]
    [InlineData("0x800b0109")]
    [InlineData("-2146762487")]
    public async Task RunAsync_UntrustedRootHresult_ExplainsTheChain(string code)
    {
        var run = await InProcess.RunAsync(["explain", code]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("0x800B0109  CERT_E_UNTRUSTEDROOT", run.Out, StringComparison.Ordinal);
        Assert.Contains("cert.chain", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Json_PrintsOneObjectWithCodeMeaningCausesAndSteps()
    {
        var run = await InProcess.RunAsync(["explain", "0x80070364", "--json"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var document = JsonDocument.Parse(run.Out);
        var root = document.RootElement;
        Assert.Equal(["code", "symbol", "meaning", "causes", "steps"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("868", root.GetProperty("code").GetString());
        Assert.Equal("ERROR_DNSNAME_NOT_RESOLVABLE", root.GetProperty("symbol").GetString());
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("meaning").GetString()));
        var cause = root.GetProperty("causes").EnumerateArray().First();
        Assert.False(string.IsNullOrWhiteSpace(cause.GetProperty("text").GetString()));
        Assert.Contains("dns.resolve", cause.GetProperty("checks").EnumerateArray().Select(c => c.GetString()));
        Assert.NotEmpty(root.GetProperty("steps").EnumerateArray());
    }

    [Fact]
    public async Task RunAsync_JsonInJapanese_CarriesJapaneseTexts()
    {
        var run = await InProcess.RunAsync(["explain", "868", "--json", "--lang", "ja"]);

        using var document = JsonDocument.Parse(run.Out);
        Assert.True(Ansi.HasJapanese(document.RootElement.GetProperty("meaning").GetString()!));
        Assert.Contains("名前", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Japanese_RendersHeadingsInJapanese()
    {
        var run = await InProcess.RunAsync(["explain", "809"], options: CliOptions.Japanese);

        var lines = run.Out.TrimEnd('\n').Split('\n');
        Assert.Equal("809  ERROR_VPN_TIMEOUT", lines[0]);
        Assert.Contains("意味", lines);
        Assert.Contains("考えられる原因", lines);
        Assert.Contains("対処手順", lines);
        Assert.Contains(lines, l => l.StartsWith("      確認するチェック: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_NarrowTerminalInJapanese_WrapsWithinTheWidthAndHangsUnderTheText()
    {
        var run = await InProcess.RunAsync(["explain", "809", "--lang", "ja"], options: new CliOptions { Terminal = true, Width = 50 });

        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = Strip(run.Out).TrimEnd('\n').Split('\n');
        Assert.All(lines, line => Assert.True(line.GetCellWidth() <= 50, $"{line.GetCellWidth()} cells: {line}"));
        var first = Array.FindIndex(lines, l => l.StartsWith("   1. ", StringComparison.Ordinal));
        Assert.StartsWith("      ", lines[first + 1], StringComparison.Ordinal);
        Assert.True(lines[first].GetCellWidth() >= 44, lines[first]);
    }

    [Theory]
    [InlineData("12345", "12345")]
    [InlineData("-2147023004", "1892")]
    [InlineData("0x80070764", "1892")]
    public async Task RunAsync_WellFormedCodeTheKnowledgeBaseLacks_ExitsThreeSayingSo(string code, string normalized)
    {
        var run = await InProcess.RunAsync(["explain", code]);

        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.Empty(run.Out);
        Assert.Equal($"<code>: {normalized} is a well-formed error code, but the knowledge base has no entry for it.", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task RunAsync_WellFormedCodeTheKnowledgeBaseLacksInJapanese_SaysSoInJapanese()
    {
        var run = await InProcess.RunAsync(["explain", "12345"], options: CliOptions.Japanese);

        Assert.Equal("<code>: 12345 はエラーコードとして正しい形式ですが、ナレッジベースに登録されていません。", Assert.Single(run.ErrorLines));
    }

    [Theory]
    [InlineData("hello")]
    [InlineData("0x")]
    [InlineData("8 6 8")]
    [InlineData("99999999999999999999")]
    [InlineData("\u202E868")]
    public async Task RunAsync_NotACode_ExitsThreeNamingTheArgument(string code)
    {
        var run = await InProcess.RunAsync(["explain", code]);

        Assert.True(run.ExitCode == 3, run.ToString());
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("<code>: '", line, StringComparison.Ordinal);
        Assert.Contains("expected a Windows VPN error code", line, StringComparison.Ordinal);
        Assert.DoesNotContain('\u202E', line);
    }

    private static string Strip(string ansi) => System.Text.RegularExpressions.Regex.Replace(ansi, "\u001b\\[[0-9;?]*[A-Za-z]", string.Empty);
}
