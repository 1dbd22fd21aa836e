namespace VpnBot.Bot.Cards.Views.Parts;

/// <summary>
/// Teams reads markdown in fact values. Evidence comes from DNS servers and certificates, which anyone on the
/// path may write; a value shaped as a link (<c>[text](url)</c>) must not become a clickable link in an
/// administrator's card, so the link syntax is broken with an invisible character and the text stays the same.
/// </summary>
internal static class Markdown
{
    private const string ZeroWidthSpace = "\u200B";

    public static string Inert(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("](", "]" + ZeroWidthSpace + "(", StringComparison.Ordinal);
    }
}
