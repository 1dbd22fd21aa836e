using VpnBot.Cli.Tests.Support;

namespace VpnBot.Cli.Tests;

/// <summary>Every kind of bad input ends the same way: exit status 3 and one line on standard error naming the argument.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TempDirectory _files = new();

    public static TheoryData<string[], string> Cases => new()
    {
        { ["check", "bad_name.example"], "<fqdn>" },
        { ["check", "10.0.0.5"], "<fqdn>" },
        { ["check", "vpn.example.com", "--dns", "10.0.0"], "--dns" },
        { ["check", "vpn.example.com", "--dns", "10.0.0.10:0"], "--dns" },
        { ["check", "vpn.example.com", "--external-dns", "dns.google"], "--external-dns" },
        { ["check", "vpn.example.com", "--resolver", "[2001:db8::1"], "--resolver" },
        { ["check", "vpn.example.com", "--expect-address", "999.1.1.1"], "--expect-address" },
        { ["check", "vpn.example.com", "--expect-public", "0x7f.1"], "--expect-public" },
        { ["check", "vpn.example.com", "--address", "1"], "--address" },
        { ["check", "vpn.example.com", "--protocols", "ikev2,openvpn"], "--protocols" },
        { ["check", "vpn.example.com", "--port", "ike=0"], "--port" },
        { ["check", "vpn.example.com", "--port", "wireguard=51820"], "--port" },
        { ["check", "vpn.example.com", "--deadline", "10m"], "--deadline" },
        { ["check", "vpn.example.com", "--deadline", "soon"], "--deadline" },
        { ["check", "vpn.example.com", "--ca", "/nonexistent/root.pem"], "--ca" },
        { ["check", "vpn.example.com", "--cert", "/nonexistent/server.pem"], "--cert" },
        { ["check", "vpn.example.com", "--config", "/nonexistent/vpnbot.json"], "--config" },
        { ["check", "vpn.example.com", "--lang", "fr"], "--lang" },
        { ["check", "vpn.example.com", "--frobnicate"], "--frobnicate" },
        { ["check", "vpn.example.com", "--dns"], "--dns" },
        { ["check", "vpn.example.com", "--address", "10.0.0.1", "--address", "10.0.0.2"], "--address" },
        { ["check", "vpn.example.com", "other.example.com"], "'other.example.com'" },
        { ["check"], "<fqdn>" },
        { ["explain"], "<code>" },
        { ["explain", "868", "--frobnicate"], "--frobnicate" },
        { ["frobnicate"], "'frobnicate'" },
        { ["--json"], "--json" },
        { ["--version", "check"], "--version" },
        { ["check", "vpn.example.com", "--version"], "--version" },
        { [], "vpnbot:" },
    };

    /// <summary>Values chosen to break a terminal, a log line or a shell.</summary>
    public static TheoryData<string[], string> Hostile => new()
    {
        { ["check", new string('a', 10_000) + ".example"], "<fqdn>" },
        { ["check", "vpn\u001b[2J\u001b[31m.example.com"], "<fqdn>" },
        { ["check", "vpn.\u202Emoc.elpmaxe"], "<fqdn>" },
        { ["check", "vpn\r\nexample.com"], "<fqdn>" },
        { ["check", "$(reboot);rm -rf / | nc x 1 &"], "<fqdn>" },
        { ["check", "vpn.example.com", "--dns", "10.0.0.1\u0000\u0007"], "--dns" },
        { ["check", "vpn.example.com", "--\u202Ednd"], "--\\u202Ednd" },
        { ["check", "vpn.example.com", "--config", "\u001b]0;owned\u0007.json"], "--config" },
        { ["check", "vpn.example.com", "--deadline", new string('9', 10_000)], "--deadline" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    [MemberData(nameof(Hostile))]
    public async Task RunAsync_BadInput_ExitsThreeWithOneEnglishLineNamingTheArgument(string[] args, string argument)
    {
        var run = await InProcess.RunAsync(args);

        AssertOneLine(run, argument);
        Assert.False(Ansi.HasJapanese(run.Error), run.ToString());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    [MemberData(nameof(Hostile))]
    public async Task RunAsync_BadInputUnderJapaneseLocale_ExitsThreeWithOneJapaneseLine(string[] args, string argument)
    {
        var run = await InProcess.RunAsync(args, options: CliOptions.Japanese);

        AssertOneLine(run, argument);
        Assert.True(Ansi.HasJapanese(run.Error), run.ToString());
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task RunAsync_HostileValue_IsShownEscapedAndShort(string[] args, string argument)
    {
        var run = await InProcess.RunAsync(args);

        AssertOneLine(run, argument);
        var line = run.ErrorLines[0];
        Assert.DoesNotContain(line, c => char.IsControl(c) || c is '\u202E' or '\u202D' or '\u2066' or '\u2067');
        Assert.True(line.Length < 400, $"{line.Length} characters: {line}");
    }

    [Fact]
    public async Task RunAsync_UnreadablePemFile_NamesTheFlag()
    {
        var garbage = _files.Write("garbage.pem", "-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n");

        var run = await InProcess.RunAsync(["check", "vpn.example.com", "--ca", garbage]);

        AssertOneLine(run, "--ca");
        Assert.Contains("PEM", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_InvalidJsonConfig_NamesTheFlagAndTheLine()
    {
        var config = _files.Write("vpnbot.json", "{\n  \"Vpn\": {\n    \"Endpoints\": [ { \"Name\": \"tokyo\", }\n");

        var run = await InProcess.RunAsync(["check", "tokyo", "--config", config]);

        AssertOneLine(run, "--config");
        Assert.Contains("line", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_LangEnUnderJapaneseLocale_SpeaksEnglish()
    {
        var run = await InProcess.RunAsync(["check", "bad_name.example", "--lang", "en"], options: CliOptions.Japanese);

        AssertOneLine(run, "<fqdn>");
        Assert.False(Ansi.HasJapanese(run.Error), run.ToString());
    }

    [Fact]
    public async Task RunAsync_SeveralBadValues_ReportsTheFirstAndCountsTheRest()
    {
        var run = await InProcess.RunAsync(["check", "vpn.example.com", "--dns", "x", "--dns", "y", "--address", "z"]);

        AssertOneLine(run, "--dns");
        Assert.Contains("'x'", run.Error, StringComparison.Ordinal);
        Assert.Contains("2 more", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _files.Dispose();

    private static void AssertOneLine(CliRun run, string argument)
    {
        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.Empty(run.Out);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith(argument, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }
}
