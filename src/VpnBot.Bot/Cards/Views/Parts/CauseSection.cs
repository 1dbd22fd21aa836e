using System.Globalization;
using VpnBot.Bot.Cards.Model;
using VpnBot.Bot.Cards.Text;
using VpnBot.Diagnostics.Diagnosis;
using VpnBot.Diagnostics.KnowledgeBase;

namespace VpnBot.Bot.Cards.Views.Parts;

/// <summary>How much of the diagnosis a card has room for.</summary>
internal sealed record CauseLimits(int Causes, int Explanation, int Steps, int StepLength, int Codes);

/// <summary>
/// "Likely causes", strongest first: title and score, why the findings point there, the error codes it
/// explains with what each means, and the numbered steps. The first is open; the others open on a click.
/// </summary>
internal static class CauseSection
{
    private const int MaxTitle = 160;

    public static IEnumerable<CardElement> Build(IReadOnlyList<Cause> causes, IErrorCodeCatalog codes, CauseLimits limits, Words check, Words common)
    {
        yield return Ui.Heading(check[nameof(CheckText.LikelyCauses)]);
        var shown = causes.Take(limits.Causes).ToList();
        for (var i = 0; i < shown.Count; i++)
        {
            yield return Cause(shown[i], i + 1, codes, limits, check, common);
        }

        if (causes.Count > shown.Count)
        {
            yield return Ui.Note(check[nameof(CheckText.MoreCauses), causes.Count - shown.Count]);
        }
    }

    private static Container Cause(Cause cause, int rank, IErrorCodeCatalog codes, CauseLimits limits, Words check, Words common)
    {
        var language = common.Language;
        var open = rank == 1;
        var id = string.Create(CultureInfo.InvariantCulture, $"cause{rank}");

        var columns = new List<Column>
        {
            new([new TextBlock(rank.ToString(CultureInfo.InvariantCulture)) { Size = TextSize.Large, Weight = TextWeight.Bolder, Color = TextColor.Accent, Wrap = false }])
            {
                Width = "auto",
            },
            new([
                Ui.Plain(new TextRun(Limits.Clip(cause.Title[language], MaxTitle)) { Weight = TextWeight.Bolder }),
                Ui.Note(check[nameof(CheckText.CauseScore), cause.Score]) with { Spacing = Spacing.None },
            ])
            {
                Width = "stretch",
                VerticalContentAlignment = VerticalAlignment.Center,
            },
        };
        if (!open)
        {
            columns.Add(new Column([new TextBlock(common[nameof(CommonText.Details)]) { Color = TextColor.Accent, Size = TextSize.Small, Wrap = false }])
            {
                Width = "auto",
                VerticalContentAlignment = VerticalAlignment.Center,
            });
        }

        var details = new List<CardElement> { Ui.Plain(Limits.Clip(cause.Explanation[language], limits.Explanation)) };
        if (cause.ErrorCodes.Count > 0)
        {
            details.Add(Ui.Label(check[nameof(CheckText.CauseExplains)]));
            details.Add(new FactSet([.. cause.ErrorCodes.Take(limits.Codes).Select(code => new Fact(code, CodeMeaning.Short(code, codes, language) ?? "—"))])
            {
                Spacing = Spacing.Small,
            });
        }

        if (cause.Remediation.Count > 0)
        {
            details.Add(Ui.Label(common[nameof(CommonText.WhatToDo)]));
            // The open cause gets the roomier layout; the others' steps are read by fewer and cost the same bytes.
            var steps = cause.Remediation.Take(limits.Steps).Select(step => Limits.Clip(step[language], limits.StepLength));
            details.Add(open ? Ui.Steps(steps) : Ui.StepLines(steps));
        }

        // Which checks support the cause and which would settle it: IT reads them to decide what to run next.
        if (cause.Checks.Count > 0)
        {
            details.Add(Ui.Note(check[nameof(CheckText.CauseSupportedBy), string.Join(", ", cause.Checks)]));
        }

        if (cause.ConfirmWith.Count > 0)
        {
            details.Add(Ui.Note(check[nameof(CheckText.CauseConfirmWith), string.Join(", ", cause.ConfirmWith)]) with { Spacing = Spacing.None });
        }

        return new Container(
        [
            new ColumnSet(columns),
            new Container(details) { Id = open ? null : id, IsVisible = open ? null : false, Spacing = Spacing.Small },
        ])
        {
            Style = open ? ContainerStyle.Emphasis : null,
            Separator = open ? null : true,
            Spacing = Spacing.Medium,
            SelectAction = open ? null : new ToggleVisibilityAction(common[nameof(CommonText.Details)], [id]),
        };
    }
}
