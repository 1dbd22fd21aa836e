using VpnBot.Bot.Cards.Model;
using VpnBot.Bot.Cards.Text;
using VpnBot.Bot.Cards.Views.Parts;
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
            Ui.Note($"{CardTime.Local(entry.At)} · {entry.Actor}" + (entry.Outcome is { Length: > 0 } outcome ? $" · {outcome}" : string.Empty)) with { Spacing = Spacing.None },
        ])
        {
            Separator = true,
            Spacing = Spacing.Small,
        }));
        return CardShell.Create(language, body, title);
    }
}
