using System.Resources;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Diagnostics.Probes.Pptp;

/// <summary>
/// Formats a resource in both languages where some arguments are themselves texts (a result code's
/// meaning): each language gets its own rendering of them. Shared by the tunnel probes.
/// </summary>
internal static class TunnelText
{
    public static LocalizedText Format(ResourceManager resources, string name, params object?[] args)
    {
        var en = Render(resources, name, Language.English, args);
        var ja = Render(resources, name, Language.Japanese, args);
        return new LocalizedText(en, ja);
    }

    private static string Render(ResourceManager resources, string name, Language language, object?[] args)
    {
        var culture = language.Culture();
        var template = resources.GetString(name, culture)
            ?? throw new InvalidOperationException($"Resource '{name}' is missing from {resources.BaseName}.");
        var rendered = args.Select(arg => arg is LocalizedText text ? text[language] : arg).ToArray();
        return string.Format(culture, template, rendered);
    }
}
