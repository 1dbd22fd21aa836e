using VpnBot.Diagnostics.Localization;

namespace VpnBot.Diagnostics.Dns.Reporting;

/// <summary>
/// Renders <see cref="DnsText"/> resources in both languages. Arguments that are themselves
/// <see cref="LocalizedText"/> are rendered in the same language, so a sentence can embed a phrase.
/// </summary>
internal static class DnsTexts
{
    public static LocalizedText Format(string name, params object?[] args) =>
        new(Render(name, Language.English, args), Render(name, Language.Japanese, args));

    /// <summary>Sentences one after another (a space between English sentences, none between Japanese ones).</summary>
    public static LocalizedText Sentences(IEnumerable<LocalizedText> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var list = sentences.ToList();
        return new LocalizedText(string.Join(' ', list.Select(s => s.En)), string.Concat(list.Select(s => s.Ja)));
    }

    /// <summary>Items of a list (", " in English, "、" in Japanese).</summary>
    public static LocalizedText List(IEnumerable<LocalizedText> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var list = items.ToList();
        return new LocalizedText(string.Join(", ", list.Select(s => s.En)), string.Join('、', list.Select(s => s.Ja)));
    }

    private static string Render(string name, Language language, object?[] args)
    {
        var culture = language.Culture();
        var template = DnsText.ResourceManager.GetString(name, culture)
            ?? throw new InvalidOperationException($"Resource '{name}' is missing from {DnsText.ResourceManager.BaseName}.");
        if (args.Length == 0)
        {
            return template;
        }

        var rendered = args.Select(a => a is LocalizedText text ? text[language] : a).ToArray();
        return string.Format(culture, template, rendered);
    }
}
