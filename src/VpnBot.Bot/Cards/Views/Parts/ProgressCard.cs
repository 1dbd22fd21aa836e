using VpnBot.Bot.Cards.Model;
using VpnBot.Bot.Cards.Text;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Bot.Cards.Views.Parts;

/// <summary>The card of a running check: which endpoint, how far along, and the findings so far, problems first.</summary>
internal static class ProgressCard
{
    /// <summary>The card is rebuilt for every finding: a dozen rows tell the story, more would only slow the updates.</summary>
    private const int MaxRows = 12;

    /// <summary>Characters in the progress bar: long enough to move visibly, short enough never to wrap on a phone.</summary>
    private const int BarLength = 20;

    public static AdaptiveCard Build(CheckCardHeader header, IReadOnlyList<Finding> soFar, int planned, Language language)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(soFar);
        var check = new Words(CheckText.ResourceManager, language);
        var common = new Words(CommonText.ResourceManager, language);

        // The plan may have been counted before every unit was known: never show more done than planned.
        var total = Math.Max(planned, soFar.Count);
        var title = check[nameof(CheckText.Checking), header.Endpoint, header.Fqdn];
        var done = total == 0 ? check[nameof(CheckText.Starting)] : check[nameof(CheckText.Done), soFar.Count, total];

        var banner = new List<CardElement>
        {
            new TextBlock(title) { Size = TextSize.Medium, Weight = TextWeight.Bolder },
            Ui.Text(done) with { Spacing = Spacing.Small },
            Bar(soFar.Count, total),
        };
        if (header.Checks is { Count: > 0 } only)
        {
            banner.Add(Ui.Note(check[nameof(CheckText.OnlyChecks), string.Join(", ", only)]));
        }

        var body = new List<CardElement> { Ui.Banner(ContainerStyle.Emphasis, banner) };
        if (soFar.Count == 0)
        {
            body.Add(Ui.Note(check[nameof(CheckText.ResultsAppear)]));
        }
        else
        {
            var counts = StatusLook.Counts(soFar, common);
            body.Add(Ui.Label(check[nameof(CheckText.SoFar), counts]));
            var ordered = FindingRows.ProblemsFirst(soFar);
            body.AddRange(ordered.Take(MaxRows).Select(f => FindingRows.Row(f, null, RowLimits.Compact, common)));
            if (ordered.Count > MaxRows)
            {
                body.Add(Ui.Note(common[nameof(CommonText.AndMore), ordered.Count - MaxRows]));
            }
        }

        return CardShell.Create(language, body, title + " " + done);
    }

    /// <summary>
    /// A progress bar drawn with squares: filled and in the accent colour for what is done, hollow and subtle
    /// for what is left. Text keeps its size in every host, where coloured columns get padded into blocks.
    /// </summary>
    private static RichTextBlock Bar(int done, int total)
    {
        var filled = total == 0 ? 0 : (int)Math.Round(BarLength * (double)done / total, MidpointRounding.AwayFromZero);
        var runs = new List<TextRun>();
        if (filled > 0)
        {
            runs.Add(new TextRun(new string('■', filled)) { Color = TextColor.Accent, Weight = TextWeight.Bolder });
        }

        if (filled < BarLength)
        {
            runs.Add(new TextRun(new string('□', BarLength - filled)) { IsSubtle = true });
        }

        return Ui.Plain([.. runs]) with { Spacing = Spacing.None };
    }
}
