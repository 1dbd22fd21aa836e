using VpnBot.Bot.Input;

namespace VpnBot.Bot.Commands;

/// <summary>
/// Reads <c>/vpn check tokyo</c>, <c>vpn check tokyo</c> and, for a known command word, plain
/// <c>check tokyo</c> (what Teams' command menu inserts). Anything else is free text.
/// </summary>
public static class CommandParser
{
    private const string Prefix = "vpn";

    public static ParsedInput Parse(string? text, IReadOnlyCollection<string> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var clean = UserText.Normalize(text);
        var (first, rest) = SplitFirst(clean);
        var prefixed = first.StartsWith('/') ? first[1..] : first;
        if (string.Equals(prefixed, Prefix, StringComparison.OrdinalIgnoreCase))
        {
            var (command, arguments) = SplitFirst(rest);
            // "/vpn anything" is always meant as a command; "VPN won't connect" is a sentence about the VPN.
            if (first.StartsWith('/') || command.Length == 0 || commands.Contains(command.ToLowerInvariant()))
            {
                return new ParsedInput(command.ToLowerInvariant(), arguments);
            }

            return new ParsedInput(null, clean);
        }

        if (commands.Contains(prefixed.ToLowerInvariant()) && (first.StartsWith('/') || rest.Length == 0 || LooksLikeArgument(rest)))
        {
            return new ParsedInput(prefixed.ToLowerInvariant(), rest);
        }

        return new ParsedInput(null, clean);
    }

    // "check tokyo" is a command; "check why my VPN fails" is a sentence: one word after it is the most a command takes.
    private static bool LooksLikeArgument(string rest) => !rest.Contains(' ', StringComparison.Ordinal);

    private static (string Head, string Tail) SplitFirst(string text)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? (text, string.Empty) : (text[..space], text[(space + 1)..].Trim());
    }
}
