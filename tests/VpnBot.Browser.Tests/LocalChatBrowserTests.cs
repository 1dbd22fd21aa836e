using System.Text.Json.Nodes;
using VpnBot.Browser.Tests.Support;

namespace VpnBot.Browser.Tests;

/// <summary>
/// The whole product from the page: the built host in Development (the page on by default), one endpoint whose
/// probes hit closed loopback ports under a 2 s deadline, and headless Chromium typing into the page
/// (tests/js/localchat-e2e.mjs).
/// </summary>
public sealed class LocalChatBrowserTests
{
    private const string Endpoint = "lab";

    private static readonly Dictionary<string, string> Settings = new()
    {
        ["Vpn:Deadline"] = "00:00:02",
        ["Vpn:Endpoints:0:Name"] = Endpoint,
        ["Vpn:Endpoints:0:Fqdn"] = "vpn.example.test",
        ["Vpn:Endpoints:0:Address"] = "127.0.0.1",
        ["Vpn:Endpoints:0:InternalDns:0"] = "127.0.0.1:9",
        ["Vpn:Endpoints:0:Protocols:0"] = "Ikev2",
        ["Vpn:Endpoints:0:Protocols:1"] = "Sstp",
        ["Vpn:Endpoints:0:Ports:Ike"] = "9",
        ["Vpn:Endpoints:0:Ports:NatT"] = "9",
        ["Vpn:Endpoints:0:Ports:Sstp"] = "9",
        ["Vpn:Bot:Checks:UpdateInterval"] = "00:00:00.200",
    };

    [Fact]
    public async Task Page_VpnCheckInTheItChannelThenHelpInJapanese_CardFillsInPlaceAndButtonsWork()
    {
        Requirements.RequireBrowser();
        await using var host = await HostProcess.StartAsync(Settings);
        using (var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }))
        {
            using var page = await http.GetAsync(host.Address, TestContext.Current.CancellationToken);
            Assert.True(page.IsSuccessStatusCode, $"The host in Development does not serve the local chat page (HTTP {(int)page.StatusCode}): AddLocalChat and MapLocalChat must be part of its composition.\n{host.Output}");
        }

        var result = await NodeScript.RunAsync("localchat-e2e.mjs", host.Address.AbsoluteUri, Endpoint, RepositoryPaths.Screenshots);

        await File.WriteAllTextAsync(Path.Combine(RepositoryPaths.Screenshots, "localchat-e2e.json"), result.ToJsonString(), TestContext.Current.CancellationToken);
        var context = $"{result.ToJsonString()}\n--- host output ---\n{host.Output}";
        Assert.True((bool?)result["ok"] == true, context);
        Assert.True(result["problems"]!.AsArray().Count == 0, context);
        var checks = result["checks"]!;

        // One card answered the command and was filled in where it stood.
        Assert.Equal((string?)checks["cardId"], (string?)checks["finalCardId"]);
        Assert.True((bool?)checks["sameElement"], context);
        Assert.True((int?)checks["updates"] >= 1, context);
        var snapshots = checks["snapshots"]!.AsArray().Select(s => (string?)s!["text"]).ToList();
        Assert.True(snapshots.Count >= 2, context);
        Assert.NotEqual(snapshots[0], snapshots[^1]);
        Assert.Contains(Endpoint, (string?)checks["finalText"], StringComparison.Ordinal);

        // The re-run button did something visible and ended with a card that can be re-run again.
        var rerun = checks["afterRerun"]!;
        Assert.True(
            (int?)rerun["newBotMessages"] > 0 || (int?)rerun["sameCardUpdates"] > (int?)checks["updates"] || (string?)rerun["sameCardText"] != (string?)checks["finalText"],
            context);
        Assert.DoesNotContain(rerun["notices"]!.AsArray(), notice => ((string?)notice)?.Contains("HTTP", StringComparison.Ordinal) == true);

        // Help answered in Japanese, and the page speaks Japanese too.
        Assert.True((bool?)checks["helpIsJapanese"], context);
        Assert.Equal("IT チャネル", (string?)checks["pageTitle"]);
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.Screenshots, "localchat-check.png")));
        TestContext.Current.AddAttachment("localchat-check.png", await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.Screenshots, "localchat-check.png"), TestContext.Current.CancellationToken));
    }
}
