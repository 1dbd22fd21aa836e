using System.Globalization;
using VpnBot.Bot.Cards.Model;
using VpnBot.Bot.Cards.Text;
using VpnBot.Bot.Cards.Views.Parts;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.KnowledgeBase;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Bot.Cards.Views;

/// <summary>The knowledge-base card for an error code (<c>/vpn explain 809</c>, "エラー868").</summary>
public static class ExplainCards
{
    /// <summary>Teams shows a handful of buttons in a row; more endpoints can be checked with <c>/vpn check</c>.</summary>
    private const int MaxEndpointButtons = 3;

    /// <summary>Codes a "not found" card offers as examples, the ones users meet most, when the catalog has them.</summary>
    private static readonly string[] CommonCodes = ["809", "868", "800", "691", "13801", "0x800B0109"];

    /// <summary>
    /// Meaning, likely causes, what to do. For IT, a button per configured endpoint (up to a few) that runs
    /// the checks confirming the causes (<see cref="Verbs.Check"/> with <see cref="Verbs.ChecksKey"/>);
    /// employees get the same explanation without the button and with a line that IT can check the server.
    /// </summary>
    /// <param name="asWritten">The code as the user wrote it (<c>-2147024028</c>), shown when it differs from the canonical code.</param>
    /// <remarks>
    /// Employees get the meaning and the steps they can take themselves; the knowledge base's causes and
    /// administrator steps name checks and server settings, so they are for IT only. The buttons carry only
    /// the confirming checks this build can run from anywhere (<see cref="CheckIds.Core"/>).
    /// </remarks>
    public static AdaptiveCard Explain(ErrorCodeEntry entry, string asWritten, Audience audience, IReadOnlyList<string> endpoints, Language language)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(asWritten);
        ArgumentNullException.ThrowIfNull(endpoints);
        var explain = new Words(ExplainText.ResourceManager, language);
        var common = new Words(CommonText.ResourceManager, language);
        var title = explain[nameof(ExplainText.Title), entry.Code];

        var body = new List<CardElement> { Ui.Title(title) };
        if (audience == Audience.It)
        {
            body.Add(Ui.Plain(Ui.Code(entry.Symbol) with { IsSubtle = true }) with { Spacing = Spacing.None });
        }

        var written = asWritten.Trim();
        if (!string.Equals(written, entry.Code, StringComparison.OrdinalIgnoreCase) && written.Length > 0)
        {
            body.Add(Ui.Plain(
                new TextRun(explain[nameof(ExplainText.WrittenBefore)]) { IsSubtle = true },
                Ui.Code(Limits.Clip(written, 40)) with { IsSubtle = true },
                new TextRun(explain[nameof(ExplainText.WrittenAfter), entry.Code]) { IsSubtle = true }));
        }

        body.Add(Ui.Heading(explain[nameof(ExplainText.MeaningHeading)]) with { Spacing = Spacing.Medium });
        body.Add(Ui.Plain(entry.Meaning[language]) with { Spacing = Spacing.Small });

        if (audience == Audience.It)
        {
            body.AddRange(ForIt(entry, explain, common));
            var buttons = CheckButtons(entry, endpoints, explain);
            if (buttons.Count == 0 && endpoints.Count > 0)
            {
                body.Add(Ui.Note(explain[nameof(ExplainText.NothingToRun)]));
            }

            return CardShell.Create(language, body, title + ": " + entry.Meaning[language], buttons);
        }

        var triage = new Words(TriageText.ResourceManager, language);
        body.Add(Ui.Heading(explain[nameof(ExplainText.EmployeeStepsHeading)]));
        body.Add(Ui.Steps(EmployeeSteps.For(CodeFamilies.Of(entry.Code), ConnectionType.Unknown, NetworkKind.Unknown, triage, closing: false)));
        body.Add(new Container([Ui.Text(explain[nameof(ExplainText.EmployeeItNote)])]) { Style = ContainerStyle.Emphasis, Spacing = Spacing.Medium });
        return CardShell.Create(language, body, title + ": " + entry.Meaning[language]);
    }

    /// <summary>The code is well-formed but unknown, or not a code at all: says so and lists a few known codes.</summary>
    public static AdaptiveCard NotFound(string asWritten, ErrorCodeLookupFailure failure, IErrorCodeCatalog codes, Language language)
    {
        ArgumentNullException.ThrowIfNull(asWritten);
        ArgumentNullException.ThrowIfNull(codes);
        var explain = new Words(ExplainText.ResourceManager, language);
        var notACode = failure == ErrorCodeLookupFailure.NotACode;
        var title = explain[notACode ? nameof(ExplainText.NotACodeTitle) : nameof(ExplainText.UnknownCodeTitle)];
        var body = new List<CardElement>
        {
            Ui.Title(title),
            Ui.Plain(new TextRun(explain[nameof(ExplainText.YouWrote)] + " ") { IsSubtle = true }, Ui.Code(Limits.Clip(asWritten.Trim(), 60))) with { Spacing = Spacing.Small },
            Ui.Text(explain[notACode ? nameof(ExplainText.NotACodeText) : nameof(ExplainText.UnknownCodeText)]),
        };

        var examples = CommonCodes
            .Select(code => codes.Find(code).Entry)
            .OfType<ErrorCodeEntry>()
            .Select(entry => new Fact(entry.Code, CodeMeaning.Short(entry, language)))
            .ToList();
        if (examples.Count > 0)
        {
            body.Add(Ui.Label(explain[nameof(ExplainText.KnownCodes), codes.All.Count]));
            body.Add(new FactSet(examples) { Spacing = Spacing.Small });
        }

        body.Add(Ui.Note(explain[nameof(ExplainText.HowToExplain)]));
        return CardShell.Create(language, body, title + " " + explain[nameof(ExplainText.HowToExplain)]);
    }

    private static IEnumerable<CardElement> ForIt(ErrorCodeEntry entry, Words explain, Words common)
    {
        var language = common.Language;
        if (entry.Causes.Count > 0)
        {
            yield return Ui.Heading(explain[nameof(ExplainText.CausesHeading)]);
            for (var i = 0; i < entry.Causes.Count; i++)
            {
                var cause = entry.Causes[i];
                var text = new List<CardElement> { Ui.Plain(cause.Text[language]) };
                if (cause.Checks.Count > 0)
                {
                    text.Add(Ui.Note(explain[nameof(ExplainText.ConfirmWith), string.Join(", ", cause.Checks)]) with { Spacing = Spacing.None });
                }

                yield return Ui.Row(new TextBlock((i + 1).ToString(CultureInfo.InvariantCulture) + ".") { Weight = TextWeight.Bolder, Wrap = false }, text, "auto") with { Spacing = Spacing.Small };
            }
        }

        if (entry.Steps.Count > 0)
        {
            yield return Ui.Heading(common[nameof(CommonText.WhatToDo)]);
            yield return Ui.Steps(entry.Steps.Select(step => step[language]));
        }
    }

    /// <summary>One button per endpoint (a few at most) running the checks that would confirm the code's causes.</summary>
    private static List<CardAction> CheckButtons(ErrorCodeEntry entry, IReadOnlyList<string> endpoints, Words explain)
    {
        var checks = entry.Causes
            .SelectMany(cause => cause.Checks)
            .Where(id => CheckIds.Core.Contains(id, StringComparer.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(CheckIds.Order)
            .ToList();
        if (checks.Count == 0)
        {
            return [];
        }

        var list = string.Join(',', checks);
        return [.. endpoints.Take(MaxEndpointButtons).Select(endpoint => (CardAction)new ExecuteAction(explain[nameof(ExplainText.CheckEndpoint), endpoint], Verbs.Check)
        {
            Data = new Dictionary<string, string>(StringComparer.Ordinal) { [Verbs.EndpointKey] = endpoint, [Verbs.ChecksKey] = list },
        })];
    }
}
