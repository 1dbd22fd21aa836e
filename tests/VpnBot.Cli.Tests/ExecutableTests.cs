using System.Text.Json;
using VpnBot.Cli.Tests.Support;

namespace VpnBot.Cli.Tests;

/// <summary>The built executable, run as a process: real exit statuses, real standard error, real environment.</summary>
public sealed class ExecutableTests
{
    private static readonly Dictionary<string, string> Japanese = new() { ["LANG"] = "ja_JP.UTF-8" };

    public static TheoryData<string[], string> BadInput => new()
    {
        { ["check", "bad_name.example"], "<fqdn>" },
        { ["check", "vpn.example.com", "--dns", "10.0.0"], "--dns" },
        { ["check", "vpn.example.com", "--port", "sstp=99999"], "--port" },
        { ["check", "vpn.example.com", "--deadline", "1ms"], "--deadline" },
        { ["check", "vpn.example.com", "--cert", "/nonexistent/server.pem"], "--cert" },
        { ["check", "vpn.example.com", "--config", "/nonexistent/vpnbot.json"], "--config" },
        { ["check", "vpn.example.com", "--lang", "de"], "--lang" },
        { ["check", "vpn.example.com", "--no-such-option"], "--no-such-option" },
        { ["check"], "<fqdn>" },
        { ["explain"], "<code>" },
        { [], "vpnbot:" },
        { ["check", "vpn\u001b[31m\u202E.example.com"], "<fqdn>" },
        { ["check", "`reboot`;$(id)|&>x"], "<fqdn>" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Vpnbot_BadInput_ExitsThreeWithOneEnglishLine(string[] args, string argument)
    {
        var run = await OutOfProcess.RunAsync(args);

        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.Empty(run.Out);
        Assert.StartsWith(argument, Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.False(Ansi.HasJapanese(run.Error), run.ToString());
        Assert.DoesNotContain(Ansi.Escape, run.Error);
    }

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Vpnbot_BadInputUnderJapaneseLang_ExitsThreeWithOneJapaneseLine(string[] args, string argument)
    {
        var run = await OutOfProcess.RunAsync(args, Japanese);

        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.StartsWith(argument, Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.True(Ansi.HasJapanese(run.Error), run.ToString());
    }

    [Fact]
    public async Task Vpnbot_LangEnUnderJapaneseLang_SpeaksEnglish()
    {
        var run = await OutOfProcess.RunAsync(["check", "bad_name.example", "--lang", "en"], Japanese);

        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.False(Ansi.HasJapanese(run.Error), run.ToString());
    }

    [Fact]
    public async Task Vpnbot_ConfigurationFromEnvironmentVariables_NamesTheKeyPath()
    {
        var environment = new Dictionary<string, string>
        {
            ["Vpn__Endpoints__0__Name"] = "branch",
            ["Vpn__Endpoints__0__Fqdn"] = "vpn.branch.example",
            ["Vpn__Endpoints__0__InternalDns__0"] = "10.9.9",
        };

        var run = await OutOfProcess.RunAsync(["check", "branch"], environment);

        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.StartsWith("Vpn:Endpoints:0:InternalDns:0: '10.9.9' is not valid", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Vpnbot_JsonAgainstClosedLoopbackPorts_PrintsOneObjectAndExitsWithItsStatus()
    {
        var run = await OutOfProcess.RunAsync(["check", "vpn.example.com", "--address", "127.0.0.1", "--dns", "127.0.0.1:1", "--deadline", "2s", "--json"]);

        using var document = JsonDocument.Parse(run.Out);
        var status = document.RootElement.GetProperty("status").GetString();
        var expected = status switch { "ok" => 0, "warning" => 1, "critical" => 2, _ => 3 };
        Assert.True(run.ExitCode == expected, run.ToString());
        Assert.Equal("vpn.example.com", document.RootElement.GetProperty("target").GetString());
        Assert.Equal(Environment.MachineName, document.RootElement.GetProperty("vantage").GetString());
        Assert.DoesNotContain(Ansi.Escape, run.Out);
    }

    [Fact]
    public async Task Vpnbot_RedirectedHumanOutput_HasNoEscapeCodes()
    {
        var run = await OutOfProcess.RunAsync(["check", "vpn.example.com", "--address", "127.0.0.1", "--dns", "127.0.0.1:1", "--deadline", "2s"]);

        Assert.InRange(run.ExitCode, 0, 3);
        Assert.DoesNotContain(Ansi.Escape, run.Out);
        Assert.StartsWith("vpn.example.com checked from ", run.Out.Split('\n')[1], StringComparison.Ordinal);
        Assert.Matches(@"^(OK|WARNING|CRITICAL|UNKNOWN): vpn\.example\.com: pass \d+", run.Out.TrimEnd('\n').Split('\n')[0]);
    }

    [Fact]
    public async Task Vpnbot_Help_ExitsZeroAndDescribesEveryOption()
    {
        var run = await OutOfProcess.RunAsync(["check", "--help"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        foreach (var option in new[] { "--dns", "--external-dns", "--resolver", "--expect-address", "--expect-public", "--address", "--protocols", "--port", "--ca", "--cert", "--deadline", "--config", "--json", "--lang" })
        {
            Assert.Contains(run.Out.Split('\n'), line => line.TrimStart().StartsWith(option + " ", StringComparison.Ordinal) && line.Trim().Length > option.Length + 20);
        }
    }

    [Theory]
    [InlineData("868", "868  ERROR_DNSNAME_NOT_RESOLVABLE")]
    [InlineData("0x80070364", "868  ERROR_DNSNAME_NOT_RESOLVABLE")]
    [InlineData("-2147024028", "868  ERROR_DNSNAME_NOT_RESOLVABLE")]
    [InlineData("0x800B0109", "0x800B0109  CERT_E_UNTRUSTEDROOT")]
    public async Task Vpnbot_Explain_ExitsZeroWithTheEntry(string code, string heading)
    {
        var run = await OutOfProcess.RunAsync(["explain", code]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith(heading + "\n", run.Out, StringComparison.Ordinal);
        Assert.Empty(run.Error);
    }

    [Theory]
    [InlineData("-2147023004")]
    [InlineData("not-a-code")]
    public async Task Vpnbot_ExplainWithoutAnEntry_ExitsThreeWithOneLine(string code)
    {
        var run = await OutOfProcess.RunAsync(["explain", code], Japanese);

        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.StartsWith("<code>: ", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.True(Ansi.HasJapanese(run.Error), run.ToString());
    }
}
