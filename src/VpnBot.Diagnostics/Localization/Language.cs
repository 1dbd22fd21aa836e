using System.Globalization;

namespace VpnBot.Diagnostics.Localization;

/// <summary>The languages every user-facing text exists in.</summary>
public enum Language
{
    English,
    Japanese,
}

public static class Languages
{
    private static readonly CultureInfo EnglishCulture = CultureInfo.GetCultureInfo("en-US");
    private static readonly CultureInfo JapaneseCulture = CultureInfo.GetCultureInfo("ja-JP");

    /// <summary>Japanese for any <c>ja*</c> culture, English otherwise.</summary>
    public static Language FromCulture(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.TwoLetterISOLanguageName == "ja" ? Language.Japanese : Language.English;
    }

    /// <summary>Parses <c>en</c> or <c>ja</c> (any case; a region suffix such as <c>ja-JP</c> is accepted).</summary>
    public static bool TryParse(string? text, out Language language)
    {
        language = Language.English;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var code = text.Trim().Split('-', '_')[0].ToUpperInvariant();
        switch (code)
        {
            case "EN":
                return true;
            case "JA":
            case "JP":
                language = Language.Japanese;
                return true;
            default:
                return false;
        }
    }

    public static CultureInfo Culture(this Language language) =>
        language == Language.Japanese ? JapaneseCulture : EnglishCulture;

    /// <summary>The short code used on the command line and in JSON: <c>en</c> or <c>ja</c>.</summary>
    public static string Code(this Language language) => language == Language.Japanese ? "ja" : "en";
}
