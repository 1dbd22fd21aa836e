using VpnBot.Agents.Protocol.Remediation;
using VpnBot.Bot.Cards.Model;
using VpnBot.Bot.Cards.Text;
using VpnBot.Bot.Cards.Views.Parts;
using VpnBot.Bot.Remediation;
using VpnBot.Bot.Storage;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Bot.Cards.Views;

/// <summary><c>/vpn audit</c>: who did what, when, where, with what outcome; newest first.</summary>
public static class AuditCards
{
    public static AdaptiveCard Recent(IReadOnlyList<AuditEntry> entries, Language language)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var words = new Words(RemediationText.ResourceManager, language);
        var title = words[nameof(RemediationText.AuditTitle)];
        var body = new List<CardElement> { Ui.Title(title) };
        if (entries.Count == 0)
        {
            body.Add(Ui.Text(words[nameof(RemediationText.AuditEmpty)]));
            return CardShell.Create(language, body, title);
        }

        body.AddRange(entries.Select(entry => (CardElement)new Container(
        [
            Ui.Plain(new TextRun(entry.Event) { Weight = TextWeight.Bolder, FontType = FontType.Monospace }, new TextRun("   " + entry.Target) { Weight = TextWeight.Bolder }, new TextRun("   " + entry.Detail)),
            Ui.Note($"{CardTime.Local(entry.At)} · {entry.Actor}" + (entry.Outcome is { Length: > 0 } outcome ? $" · {Outcome(outcome, words)}" : string.Empty)) with { Spacing = Spacing.None },
        ])
        {
            Separator = true,
            Spacing = Spacing.Small,
        }));
        return CardShell.Create(language, body, title);
    }

    /// <summary>The stored outcome word in the reader's language; a word this release does not know, as it is.</summary>
    private static string Outcome(string outcome, Words words) => outcome switch
    {
        AuditNotes.AgentNotConnected => words[nameof(RemediationText.AuditAgentNotConnected)],
        AuditNotes.SelfApproval => words[nameof(RemediationText.AuditSelfApproval)],
        AuditNotes.NoSecondApproval => words[nameof(RemediationText.AuditNoSecondApproval)],
        AuditNotes.AwaitingEnrolment => words[nameof(RemediationText.AuditAwaitingEnrolment)],
        AuditNotes.ConnectionClosed => words[nameof(RemediationText.AuditConnectionClosed)],
        RemediationReasons.Done => words[nameof(RemediationText.StateSucceeded)],
        RemediationReasons.Failed or RemediationReasons.TimedOut or RemediationReasons.NotWindows or RemediationReasons.NotAllowed or RemediationReasons.AgentLost
            => $"{words[nameof(RemediationText.StateFailed)]} ({outcome})",
        _ => outcome,
    };
}
