using VpnBot.Bot.Cards.Model;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Bot.Cards.Views.Parts;

/// <summary>The frame of every card: its language (screen readers pick their voice by it) and its fallback text.</summary>
internal static class CardShell
{
    public static AdaptiveCard Create(Language language, IReadOnlyList<CardElement> body, string fallbackText, IReadOnlyList<CardAction>? actions = null) =>
        new()
        {
            Lang = language.Code(),
            Body = body,
            Actions = actions is { Count: > 0 } ? actions : null,
            FallbackText = fallbackText,
        };
}
