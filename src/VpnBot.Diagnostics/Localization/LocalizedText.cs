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

    /// <summary>Formats the resource <paramref name="name"/> in both languages with culture-aware arguments.</summary>
    public static LocalizedText Format(ResourceManager resources, string name, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(resources);
        return new LocalizedText(Render(resources, name, Language.English, args), Render(resources, name, Language.Japanese, args));
    }

    /// <summary>The same text in both languages, for values that are not words (an address, a code).</summary>
    public static LocalizedText Invariant(string text) => new(text, text);

    public override string ToString() => En;

    private static string Render(ResourceManager resources, string name, Language language, object?[] args)
    {
        var culture = language.Culture();
        var template = resources.GetString(name, culture)
            ?? throw new InvalidOperationException($"Resource '{name}' is missing from {resources.BaseName}.");
        return args.Length == 0 ? template : string.Format(culture, template, args);
    }
}
