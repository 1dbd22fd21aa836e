using VpnBot.Bot.Cards.Model;

namespace VpnBot.Bot.Cards.Views.Parts;

/// <summary>
/// Teams refuses a message larger than about 28 KB, the activity around the card included. Cards whose size
/// depends on data (findings, evidence) are built richest first and made leaner until they fit this budget.
/// </summary>
internal static class CardBudget
{
    /// <summary>Bytes of card JSON (UTF-8); the rest of the 28 KB is left to the activity that carries the card.</summary>
    public const int MaxBytes = 24 * 1024;

    public static bool Fits(AdaptiveCard card) => CardJson.Utf8Length(card) <= MaxBytes;

    /// <summary>The first of the cards <paramref name="build"/> makes, one per layout, that fits; else the leanest.</summary>
    public static AdaptiveCard FirstThatFits<TLayout>(IReadOnlyList<TLayout> richestFirst, Func<TLayout, AdaptiveCard> build)
    {
        ArgumentNullException.ThrowIfNull(richestFirst);
        ArgumentNullException.ThrowIfNull(build);
        AdaptiveCard? card = null;
        foreach (var layout in richestFirst)
        {
            card = build(layout);
            if (Fits(card))
            {
                return card;
            }
        }

        return card ?? throw new ArgumentException("No layout to build the card with.", nameof(richestFirst));
    }
}
