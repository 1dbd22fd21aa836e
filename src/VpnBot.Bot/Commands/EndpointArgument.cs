using System.Text.RegularExpressions;
using VpnBot.Bot.Localization;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Bot.Commands;

/// <summary>
/// What may name an endpoint: a configured name or an FQDN — letters, digits, dots, hyphens, underscores,
/// at most 253 characters. Anything else (shell metacharacters, paths, 10 kB of text) is refused before lookup.
/// </summary>
internal static partial class EndpointArgument
{
    public const string Name = "endpoint";

    public static LocalizedText Expected => LocalizedText.Format(BotText.ResourceManager, nameof(BotText.EndpointExpected));

    public static bool IsWellFormed(string value) => value.Length <= 253 && Shape().IsMatch(value);

    [GeneratedRegex(@"^[\p{L}\p{N}._-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
