using System.Text.RegularExpressions;

namespace VpnBot.Diagnostics.Configuration;

/// <summary>
/// Site and agent names: what IT types in chat (<c>/vpn agents add tokyo</c>) and what cards, logs and
/// configuration show. Short, lower-case letters, digits and hyphens, so they are safe everywhere they appear.
/// </summary>
public static partial class SiteNames
{
    public const string Expected = "1–40 letters, digits or hyphens, starting with a letter or digit (such as tokyo or osaka-dmz)";

    public static bool IsValid(string? name) => name is not null && Shape().IsMatch(name);

    /// <summary>The name in the form it is stored and compared in: trimmed, lower case.</summary>
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Trim().ToLowerInvariant();
    }

    [GeneratedRegex("^\\s*[A-Za-z0-9][A-Za-z0-9-]{0,39}\\s*$")]
    private static partial Regex Shape();
}
