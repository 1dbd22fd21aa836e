using System.Text;
using VpnBot.Bot.Cards.Views;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Bot.Tests.Cards.Gallery;

/// <summary>Writes docs/cards/README.md: every card of the gallery with links to its PNG in each language.</summary>
internal static class GalleryReadme
{
    public static void Write(string folder, IEnumerable<string> rendered)
    {
        var names = rendered.ToHashSet(StringComparer.Ordinal);
        var text = new StringBuilder();
        text.Append("""
            # The bot's cards

            Every Adaptive Card the bot sends, rendered from sample data in English and Japanese by the official
            renderer (npm `adaptivecards`) in headless Chromium, 560 px wide, with a host configuration close to
            Teams' light theme (`tests/js/teams-host.mjs`). Cards that keep details behind a click are also shown
            opened up. The same cards are checked by the official parser in the test suite
            (`tests/VpnBot.Bot.Tests/Cards`).

            Regenerate with `eng/render-cards.sh`.

            """);
        foreach (var audience in new[] { Audience.It, Audience.Employee })
        {
            text.Append('\n').Append(audience == Audience.It ? "## For IT administrators" : "## For employees (and anyone)").Append("\n\n");
            text.Append("| Card | What it shows | English | 日本語 |\n|---|---|---|---|\n");
            foreach (var card in CardGallery.All.Where(c => c.Audience == audience))
            {
                text.Append("| `").Append(card.Name).Append("` | ").Append(card.Description.Replace("|", "\\|", StringComparison.Ordinal)).Append(" | ")
                    .Append(Links(card, Language.English, names)).Append(" | ")
                    .Append(Links(card, Language.Japanese, names)).Append(" |\n");
            }
        }

        File.WriteAllText(Path.Combine(folder, "README.md"), text.ToString());
    }

    private static string Links(GalleryCard card, Language language, HashSet<string> rendered)
    {
        var name = card.FileName(language);
        var link = $"[{language.Code()}]({name}.png)";
        return rendered.Contains(name + ".expanded") ? $"{link} · [opened]({name}.expanded.png)" : link;
    }
}
