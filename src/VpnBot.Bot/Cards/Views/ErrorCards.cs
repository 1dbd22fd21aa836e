using VpnBot.Bot.Cards.Model;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Bot.Cards.Views;

/// <summary>Cards for things that went wrong: never an exception text, never a secret.</summary>
public static class ErrorCards
{
    /// <summary>A short apology with the correlation id IT can find in the host's log.</summary>
    public static AdaptiveCard Unexpected(string correlationId, Language language) => throw new NotImplementedException();

    /// <summary>
    /// A polite refusal of a bad argument: which argument and what was expected. <paramref name="value"/> is
    /// the user's text, already shortened and cleaned of control and bidi characters by the caller.
    /// </summary>
    public static AdaptiveCard BadArgument(string argument, string value, LocalizedText expected, Language language) =>
        throw new NotImplementedException();

    /// <summary>An IT-only command or button used by someone who is not IT.</summary>
    public static AdaptiveCard ItOnly(Language language) => throw new NotImplementedException();
}
