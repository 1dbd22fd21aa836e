using System.Globalization;
using System.Resources;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Bot.Cards.Views.Parts;

/// <summary>One card's texts in one language, read from one of the resources in <c>Cards/Text</c>.</summary>
internal sealed class Words(ResourceManager resources, Language language)
{
    public Language Language { get; } = language;

    public CultureInfo Culture { get; } = language.Culture();

    /// <summary>The text <paramref name="name"/>, formatted with <paramref name="args"/> in the card's culture.</summary>
    public string this[string name, params object?[] args]
    {
        get
        {
            var template = resources.GetString(name, Culture)
                ?? throw new InvalidOperationException($"Resource '{name}' is missing from {resources.BaseName}.");
            return args.Length == 0 ? template : string.Format(Culture, template, args);
        }
    }

    /// <summary>Items of a list: ", " in English, "、" in Japanese.</summary>
    public string List(IEnumerable<string> items) => string.Join(Language == Language.Japanese ? "、" : ", ", items);
}
