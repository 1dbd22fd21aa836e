namespace VpnBot.Cli.Tests.Support;

internal static class Ansi
{
    /// <summary>The escape character every ANSI sequence starts with.</summary>
    public const char Escape = '\u001b';

    public static bool HasJapanese(string text) => text.Any(c => c is >= '\u3040' and <= '\u30FF' or >= '\u4E00' and <= '\u9FFF');
}
