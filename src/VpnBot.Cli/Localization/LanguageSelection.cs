using VpnBot.Cli.Hosting;
using VpnBot.Diagnostics.Input;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Cli.Localization;

/// <summary>
/// Picks the output language: <c>--lang</c> when given, else Japanese when the system speaks it
/// (the UI culture, or a POSIX locale variable starting with <c>ja</c>), else English.
/// </summary>
internal static class LanguageSelection
{
    public const string OptionName = "--lang";

    // POSIX precedence: LC_ALL overrides LC_MESSAGES, which overrides LANG.
    private static readonly string[] LocaleVariables = ["LC_ALL", "LC_MESSAGES", "LANG"];

    /// <summary>The language the system asks for.</summary>
    public static Language FromEnvironment(CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (Languages.FromCulture(environment.UiCulture) == Language.Japanese)
        {
            return Language.Japanese;
        }

        var locale = LocaleVariables.Select(environment.Variable).FirstOrDefault(value => !string.IsNullOrEmpty(value));
        return locale is not null && locale.StartsWith("ja", StringComparison.OrdinalIgnoreCase) ? Language.Japanese : Language.English;
    }

    /// <summary>The language <c>--lang</c> names, or the system's when the flag is absent.</summary>
    public static Parsed<Language> Select(string? flag, CliEnvironment environment)
    {
        if (flag is null)
        {
            return Parsed<Language>.Success(FromEnvironment(environment));
        }

        return Languages.TryParse(flag, out var language)
            ? Parsed<Language>.Success(language)
            : Parsed<Language>.Failure(InputExpectations.Language);
    }
}
