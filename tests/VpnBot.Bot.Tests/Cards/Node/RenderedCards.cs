using System.Text.Json;
using VpnBot.Bot.Tests.Cards.Gallery;

namespace VpnBot.Bot.Tests.Cards.Node;

/// <summary>What rendering one card in Chromium gave.</summary>
public sealed record RenderedCard(IReadOnlyList<string> Errors, string Png, int Width, int Height);

/// <summary>
/// Renders every card of the gallery in both languages in headless Chromium with the official renderer
/// (tests/js/render-cards.mjs), once for all the tests that read the results. The PNGs go to a temporary
/// folder; with <c>VPNBOT_RENDER_CARDS=1</c> they go to docs/cards, with the opened-up variants of the cards
/// the gallery marks and a README listing them (eng/render-cards.sh).
/// </summary>
public sealed class RenderedCards : IAsyncLifetime
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "vpnbot-render-" + Guid.NewGuid().ToString("N"));
    private Dictionary<string, RenderedCard> _cards = [];

    public static bool ForDocs => Environment.GetEnvironmentVariable("VPNBOT_RENDER_CARDS") == "1";

    /// <summary>Why rendering could not run here, or null when it ran.</summary>
    public string? MissingReason { get; private set; }

    public RenderedCard? For(string fileName) => _cards.GetValueOrDefault(fileName);

    public async ValueTask InitializeAsync()
    {
        MissingReason = NodeTool.MissingReason(["adaptivecards", "playwright-core"], needsChromium: true);
        if (MissingReason is not null)
        {
            return;
        }

        var json = Path.Combine(_work, "json");
        var output = ForDocs ? Repository.DocsCards : Path.Combine(_work, "png");
        CardGallery.WriteAll(json);
        if (ForDocs && Directory.Exists(output))
        {
            // PNGs of cards that no longer exist must not linger in the docs.
            foreach (var old in Directory.EnumerateFiles(output, "*.png"))
            {
                File.Delete(old);
            }
        }

        var opened = string.Join(',', CardGallery.All.Where(c => c.ShowOpened).Select(c => c.Name));
        string[] args = ForDocs ? [json, output, "--expanded", opened] : [json, output];
        var result = await NodeTool.RunAsync("render-cards.mjs", args, TestContext.Current.CancellationToken);
        using var document = JsonDocument.Parse(result);
        _cards = document.RootElement.GetProperty("cards").EnumerateObject().ToDictionary(
            card => card.Name,
            card => new RenderedCard(
                [.. card.Value.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!)],
                card.Value.GetProperty("png").GetString()!,
                card.Value.GetProperty("width").GetInt32(),
                card.Value.GetProperty("height").GetInt32()));
        if (ForDocs)
        {
            GalleryReadme.Write(output, _cards.Keys);
        }
    }

    public ValueTask DisposeAsync()
    {
        if (Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }

        return ValueTask.CompletedTask;
    }
}
