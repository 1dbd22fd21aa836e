using System.Globalization;
using System.Resources;

namespace VpnBot.Diagnostics.Localization;

/// <summary>
/// A user-facing text in both product languages. Texts are rendered when they are created so a
/// finding can travel (to an agent's host, into storage) and be shown later in either language.
/// </summary>
public sealed record LocalizedText(string En, string Ja)
{
    public string this[Language language] => language == Language.Japanese ? Ja : En;

    /// <summary>
    /// Formats the resource <paramref name="name"/> in both languages with culture-aware arguments. An
    /// argument that is itself a <see cref="LocalizedText"/> is rendered in the same language, so a
    /// sentence can embed a phrase.
    /// </summary>
    public static LocalizedText Format(ResourceManager resources, string name, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(resources);
        return new LocalizedText(Render(resources, name, Language.English, args), Render(resources, name, Language.Japanese, args));
    }

    /// <summary>The same text in both languages, for values that are not words (an address, a code).</summary>
    public static LocalizedText Invariant(string text) => new(text, text);

    /// <summary>Sentences one after another: a space between English sentences, none between Japanese ones.</summary>
    public static LocalizedText Sentences(IEnumerable<LocalizedText> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var list = sentences.ToList();
        return new LocalizedText(string.Join(' ', list.Select(s => s.En)), string.Concat(list.Select(s => s.Ja)));
    }

    /// <summary>Items of a list: ", " in English, "、" in Japanese.</summary>
    public static LocalizedText List(IEnumerable<LocalizedText> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var list = items.ToList();
        return new LocalizedText(string.Join(", ", list.Select(s => s.En)), string.Join('、', list.Select(s => s.Ja)));
    }

    public override string ToString() => En;

    private static string Render(ResourceManager resources, string name, Language language, object?[] args)
    {
        var culture = language.Culture();
        var template = resources.GetString(name, culture)
            ?? throw new InvalidOperationException($"Resource '{name}' is missing from {resources.BaseName}.");
        if (args.Length == 0)
        {
            return template;
        }

        var rendered = args.Select(arg => arg is LocalizedText text ? text[language] : arg).ToArray();
        return string.Format(culture, template, rendered);
    }
}
