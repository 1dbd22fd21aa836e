namespace VpnBot.Bench;

/// <summary>
/// The bot host's benchmark (bench/run-host.sh) writes its own section into the same file between two markers;
/// this benchmark rewrites everything else and carries that section over unchanged.
/// </summary>
public static class KeptSection
{
    public const string Start = "<!-- bot-host:start -->";
    public const string End = "<!-- bot-host:end -->";

    /// <summary>The marked section of <paramref name="document"/> (markers included) after a blank line, or nothing.</summary>
    public static string From(string document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var start = document.IndexOf(Start, StringComparison.Ordinal);
        var end = start < 0 ? -1 : document.IndexOf(End, start, StringComparison.Ordinal);
        return end < 0 ? string.Empty : $"\n{document[start..(end + End.Length)]}\n";
    }
}
