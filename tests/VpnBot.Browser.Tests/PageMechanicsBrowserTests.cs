using System.Text.Json.Nodes;
using VpnBot.Browser.Tests.Support;

namespace VpnBot.Browser.Tests;

/// <summary>
/// The page in headless Chromium against the tests' card bot: what the page itself must do whatever the
/// product's cards say (tests/js/localchat-mechanics.mjs).
/// </summary>
public sealed class PageMechanicsBrowserTests
{
    [Fact]
    public async Task Page_CardBot_UpdatesInPlacePressesButtonsEscapesTextAndSpeaksJapanese()
    {
        Requirements.RequireBrowser();
        await using var server = await LocalChatServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);

        var result = await NodeScript.RunAsync("localchat-mechanics.mjs", server.Address.AbsoluteUri, RepositoryPaths.Screenshots);

        Assert.True((bool?)result["ok"] == true, result.ToJsonString());
        Assert.Empty(result["problems"]!.AsArray());
        var checks = result["checks"]!;
        Assert.Equal("IT channel", (string?)checks["title"]);
        Assert.True((bool?)checks["cardRenderedByAdaptiveCards"]);
        Assert.True((bool?)checks["cardHasStrongMarkdown"]);
        Assert.Equal((string?)checks["cardActivityId"], (string?)checks["pressedActivityId"]);
        Assert.True((bool?)checks["pressedSameElement"]);
        Assert.Equal(0, (int?)checks["injectedImages"]);
        Assert.Equal("IT チャネル", (string?)checks["japaneseTitle"]);
        var transcript = checks["transcript"]!.AsArray();
        Assert.Contains(transcript, item => ((string?)item!["text"])?.Contains("@VpnBot", StringComparison.Ordinal) == true && (bool?)item["own"] == true);
        Assert.Contains(transcript, item => ((string?)item!["text"])?.Contains("受け取りました: こんにちは", StringComparison.Ordinal) == true);
        var personal = checks["personalTranscript"]!.AsArray();
        Assert.DoesNotContain(personal, item => ((string?)item!["text"])?.Contains("Pressed", StringComparison.Ordinal) == true);
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.Screenshots, "localchat-mechanics-card.png")));
    }
}
