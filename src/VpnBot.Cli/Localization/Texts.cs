using VpnBot.Diagnostics.Localization;

namespace VpnBot.Cli.Localization;

/// <summary>Shorthands for the CLI's own texts (<see cref="CliText"/>).</summary>
internal static class Texts
{
    /// <summary>The text <paramref name="name"/> in both languages, formatted with <paramref name="args"/>.</summary>
    public static LocalizedText Of(string name, params object?[] args) => LocalizedText.Format(CliText.ResourceManager, name, args);

    /// <summary>The text <paramref name="name"/> in <paramref name="language"/>.</summary>
    public static string In(Language language, string name, params object?[] args) => Of(name, args)[language];
}
