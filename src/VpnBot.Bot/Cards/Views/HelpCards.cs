using VpnBot.Bot.Cards.Model;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Bot.Cards.Views;

/// <summary><c>/vpn help</c>, the short help for anything the bot did not understand, and <c>/vpn lang</c>.</summary>
public static class HelpCards
{
    /// <summary>Every command with a one-line description and an example; IT-only commands only for IT.</summary>
    public static AdaptiveCard Help(Audience audience, Language language) => throw new NotImplementedException();

    /// <summary>For text the bot did not understand: one sentence and the three most useful commands.</summary>
    public static AdaptiveCard Fallback(Audience audience, Language language) => throw new NotImplementedException();

    /// <summary>Confirms the language the user chose (in that language).</summary>
    public static AdaptiveCard LanguageSet(Language language) => throw new NotImplementedException();
}
