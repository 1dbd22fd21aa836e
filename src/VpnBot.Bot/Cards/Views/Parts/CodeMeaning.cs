using VpnBot.Diagnostics.KnowledgeBase;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Bot.Cards.Views.Parts;

/// <summary>
/// An error code's meaning in a few words, for lists of codes (<c>809 — The VPN server did not respond</c>):
/// the first sentence of the knowledge base's meaning, up to its first colon or semicolon in English.
/// </summary>
internal static class CodeMeaning
{
    private const int MaxLength = 110;

    // A colon this early introduces the sentence ("L2TP/IPsec: the IPsec layer…"); it does not end a clause.
    private const int MinClause = 20;

    public static string Short(ErrorCodeEntry entry, Language language)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var text = entry.Meaning[language].Trim();
        return Limits.Clip(language == Language.Japanese ? FirstJapaneseSentence(text) : FirstEnglishClause(text), MaxLength);
    }

    /// <summary>The short meaning of <paramref name="code"/>, or null when the catalog does not know it.</summary>
    public static string? Short(string code, IErrorCodeCatalog codes, Language language)
    {
        ArgumentNullException.ThrowIfNull(codes);
        var entry = codes.Find(code).Entry;
        return entry is null ? null : Short(entry, language);
    }

    private static string FirstJapaneseSentence(string text)
    {
        var end = text.IndexOf('。', StringComparison.Ordinal);
        return end < 0 ? text : text[..(end + 1)];
    }

    private static string FirstEnglishClause(string text)
    {
        var end = text.IndexOf(". ", StringComparison.Ordinal);
        var sentence = end < 0 ? text.TrimEnd('.') : text[..end];
        var clause = sentence.Length > MinClause ? sentence.IndexOfAny([':', ';'], MinClause) : -1;
        return clause < 0 ? sentence : sentence[..clause];
    }
}
