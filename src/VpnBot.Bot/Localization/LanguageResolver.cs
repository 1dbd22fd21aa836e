using VpnBot.Bot.Conversations;
using VpnBot.Bot.Storage;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Bot.Localization;

/// <summary>The language of a reply: the user's own choice (<c>/vpn lang</c>), else the client's locale (ja* → Japanese).</summary>
public sealed class LanguageResolver(IPreferenceStore preferences)
{
    public async Task<Language> ResolveAsync(ChatTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var chosen = await preferences.FindLanguageAsync(turn.From.Id, cancellationToken).ConfigureAwait(false);
        return chosen ?? FromLocale(turn.Locale);
    }

    public static Language FromLocale(string? locale) =>
        Languages.TryParse(locale, out var language) ? language : Language.English;
}
