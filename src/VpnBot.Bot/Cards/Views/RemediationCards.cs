using VpnBot.Agents.Protocol.Remediation;
using VpnBot.Bot.Cards.Model;
using VpnBot.Bot.Cards.Text;
using VpnBot.Bot.Cards.Views.Parts;
using VpnBot.Bot.Storage;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;
using VpnBot.Diagnostics.Reporting;

namespace VpnBot.Bot.Cards.Views;

/// <summary>Remediation in chat: the approval card, then the same card as it runs, its outcome, and the re-check.</summary>
public static class RemediationCards
{
    public static AdaptiveCard Approval(RemediationRecord request, string? requester, Language language)
    {
        ArgumentNullException.ThrowIfNull(request);
        var words = Words(language);
        var title = words[nameof(RemediationText.ApprovalTitle)];
        var body = new List<CardElement>
        {
            Ui.Title(title),
            Ui.Text(words[nameof(RemediationText.ApprovalText), requester ?? request.RequestedBy, request.Agent]),
            Facts(request, requester, words),
        };
        var data = new Dictionary<string, string>(StringComparer.Ordinal) { [Verbs.RequestKey] = request.Id };
        CardAction[] actions =
        [
            new ExecuteAction(words[nameof(RemediationText.Approve)], Verbs.Approve) { Data = data, Style = ActionStyle.Positive },
            new ExecuteAction(words[nameof(RemediationText.Refuse)], Verbs.Refuse) { Data = data, Style = ActionStyle.Destructive },
        ];
        return CardShell.Create(language, body, $"{title}: {ActionName(request.Action, words)} ({request.Agent})", actions);
    }

    public static AdaptiveCard Running(RemediationRecord request, string? approver, Language language)
    {
        ArgumentNullException.ThrowIfNull(request);
        var words = Words(language);
        var title = words[nameof(RemediationText.RunningTitle), request.Agent];
        return CardShell.Create(language, [Ui.Title(title), Ui.Text(words[nameof(RemediationText.RunningText), approver ?? "-"]), Facts(request, null, words)], title);
    }

    public static AdaptiveCard Declined(RemediationRecord request, string? by, Language language)
    {
        ArgumentNullException.ThrowIfNull(request);
        var words = Words(language);
        var title = words[nameof(RemediationText.DeclinedTitle)];
        return CardShell.Create(language, [Ui.Title(title), Ui.Text(words[nameof(RemediationText.DeclinedText), by ?? "-"]), Facts(request, null, words)], title);
    }

    /// <param name="recheck">The re-run of the related checks; null while it runs.</param>
    public static AdaptiveCard Result(RemediationRecord request, RemediationResult result, CheckReport? recheck, Language language)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(result);
        var words = Words(language);
        var common = new Words(CommonText.ResourceManager, language);
        var title = words[result.Succeeded ? nameof(RemediationText.SucceededTitle) : nameof(RemediationText.FailedTitle), request.Agent];
        var body = new List<CardElement>
        {
            Ui.Banner(result.Succeeded ? ContainerStyle.Good : ContainerStyle.Attention, [Ui.Title(title), Ui.Text(Reason(request, result, words))]),
            Facts(request, null, words),
        };
        if (result.Output.Length > 0)
        {
            // The program's own words, as it printed them (PowerShell answers in the server's language).
            body.Add(Ui.Note(result.Output) with { FontType = FontType.Monospace });
        }

        if (recheck is null)
        {
            body.Add(Ui.Note(words[nameof(RemediationText.RecheckWaiting)]));
        }
        else
        {
            body.Add(Ui.Label(words[nameof(RemediationText.Recheck), StatusLook.Word(recheck.Status, common)]));
            body.AddRange(recheck.Findings.Take(12).Select(f => (CardElement)Ui.Plain(
                new TextRun(StatusLook.Word(f.Status, common) + "  ") { Weight = TextWeight.Bolder, Color = Colour(f.Status) },
                new TextRun(f.Summary[language]))));
        }

        return CardShell.Create(language, body, title + ": " + Reason(request, result, words));
    }

    /// <summary>The approval card again, with a note: the requester pressed approve on their own request.</summary>
    public static AdaptiveCard SecondApproverNeeded(RemediationRecord request, Language language)
    {
        var approval = Approval(request, null, language);
        return approval with { Body = [Ui.Banner(ContainerStyle.Warning, [Ui.Text(Words(language)[nameof(RemediationText.SecondApprover)])]), .. approval.Body] };
    }

    public static AdaptiveCard AlreadyDecided(RemediationRecord request, Language language)
    {
        ArgumentNullException.ThrowIfNull(request);
        var words = Words(language);
        var text = words[nameof(RemediationText.AlreadyDecided), StateWord(request.State, words)];
        return CardShell.Create(language, [Ui.Text(text), Facts(request, null, words)], text);
    }

    public static AdaptiveCard Unknown(Language language) => Sentence(Words(language)[nameof(RemediationText.Unknown)], language);

    public static AdaptiveCard AgentNotConnected(string agent, Language language) => Sentence(Words(language)[nameof(RemediationText.NotConnected), agent], language);

    public static AdaptiveCard Usage(Language language)
    {
        var words = Words(language);
        var title = words[nameof(RemediationText.UsageTitle)];
        var body = new List<CardElement> { Ui.Title(title), Ui.Text(words[nameof(RemediationText.UsageIntro)]) };
        body.AddRange(Enum.GetValues<RemediationAction>().Select(action => (CardElement)new Container(
        [
            Ui.Plain(Ui.Code(RemediationActions.Word(action)) with { Weight = TextWeight.Bolder }, new TextRun("   " + ActionName(RemediationActions.Word(action), words))),
            Ui.Note(RemediationCommands.Display(action)) with { Spacing = Spacing.None, FontType = FontType.Monospace },
        ])
        {
            Separator = true,
        }));
        return CardShell.Create(language, body, title);
    }

    /// <summary>
    /// What is asked, of which agent and by whom, then the exact command on a line of its own: a long value in a
    /// fact set squeezes its titles until Japanese ones break between characters.
    /// </summary>
    private static Container Facts(RemediationRecord request, string? requester, Words words)
    {
        var facts = new List<Fact>
        {
            new(words[nameof(RemediationText.Action)], ActionName(request.Action, words)),
            new(words[nameof(RemediationText.Agent)], request.Agent),
        };
        if (requester is not null)
        {
            facts.Add(new(words[nameof(RemediationText.RequestedBy)], requester));
        }

        var items = new List<CardElement> { new FactSet(facts) };
        if (RemediationActions.TryParse(request.Action, out var action))
        {
            items.Add(Ui.Label(words[nameof(RemediationText.Command)]));
            items.Add(Ui.Plain(Ui.Code(RemediationCommands.Display(action))) with { Spacing = Spacing.None });
        }

        return new Container(items);
    }

    private static string ActionName(string word, Words words) =>
        RemediationActions.TryParse(word, out var action) ? words[action switch
        {
            RemediationAction.RestartRemoteAccess => nameof(RemediationText.ActionRestartRemoteAccess),
            RemediationAction.RegisterDns => nameof(RemediationText.ActionRegisterDns),
            _ => nameof(RemediationText.ActionClearDnsServerCache),
        }] : word;

    private static string StateWord(RemediationState state, Words words) => words[state switch
    {
        RemediationState.Pending => nameof(RemediationText.StatePending),
        RemediationState.Approved => nameof(RemediationText.StateApproved),
        RemediationState.Refused => nameof(RemediationText.StateRefused),
        RemediationState.Succeeded => nameof(RemediationText.StateSucceeded),
        _ => nameof(RemediationText.StateFailed),
    }];

    private static string Reason(RemediationRecord request, RemediationResult result, Words words) => words[
        result.Reason switch
        {
            RemediationReasons.Done => nameof(RemediationText.ReasonDone),
            RemediationReasons.TimedOut => nameof(RemediationText.ReasonTimedOut),
            RemediationReasons.NotWindows => nameof(RemediationText.ReasonNotWindows),
            RemediationReasons.NotAllowed => nameof(RemediationText.ReasonNotAllowed),
            RemediationReasons.AgentLost => nameof(RemediationText.ReasonAgentLost),
            _ => nameof(RemediationText.ReasonFailed),
        },
        request.Action,
        result.Reason == RemediationReasons.Failed ? (object?)result.ExitCode ?? "-" : request.Agent];

    private static TextColor? Colour(CheckStatus status) => status switch
    {
        CheckStatus.Pass => TextColor.Good,
        CheckStatus.Warn => TextColor.Warning,
        CheckStatus.Fail or CheckStatus.Error => TextColor.Attention,
        _ => null,
    };

    private static AdaptiveCard Sentence(string text, Language language) => CardShell.Create(language, [Ui.Text(text)], text);

    private static Words Words(Language language) => new(RemediationText.ResourceManager, language);
}
