using System.Globalization;

namespace VpnBot.Bot.Cards.Views.Parts;

/// <summary>Shortening text to a card's room without cutting a character in half.</summary>
internal static class Limits
{
    private const char Ellipsis = '…';

    /// <summary><paramref name="text"/> itself when it has at most <paramref name="max"/> text elements, else its start and an ellipsis.</summary>
    public static string Clip(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= max)
        {
            return text;
        }

        var info = new StringInfo(text);
        return info.LengthInTextElements <= max ? text : info.SubstringByTextElements(0, Math.Max(1, max - 1)).TrimEnd() + Ellipsis;
    }
}
