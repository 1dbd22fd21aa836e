using System.Text.RegularExpressions;

namespace VpnBot.Bot.Commands;

/// <summary>The shape of a check id (<c>dns.resolve</c>, <c>events.dns-client</c>) as a button may send it.</summary>
internal static partial class CheckIdArgument
{
    public static bool IsWellFormed(string value) => value.Length <= 40 && Shape().IsMatch(value);

    [GeneratedRegex("^[a-z]+\\.[a-z0-9-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
