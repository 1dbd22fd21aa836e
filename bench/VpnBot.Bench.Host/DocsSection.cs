namespace VpnBot.Bench.Host;

/// <summary>
/// The "Bot host" section of docs/benchmarks.md lives between two markers, so this benchmark and the CLI's
/// (bench/run.sh, which writes the rest of the file) can each rewrite their own part.
/// </summary>
internal static class DocsSection
{
    public const string Start = "<!-- bot-host:start -->";
    public const string End = "<!-- bot-host:end -->";

    /// <summary>The document with the text between the markers replaced, or the marked section appended.</summary>
    public static string Replace(string document, string section)
    {
        ArgumentNullException.ThrowIfNull(document);
        var marked = $"{Start}\n{section.TrimEnd('\n')}\n{End}";
        var start = document.IndexOf(Start, StringComparison.Ordinal);
        var end = start < 0 ? -1 : document.IndexOf(End, start, StringComparison.Ordinal);
        if (start < 0 || end < 0)
        {
            var separator = document.Length == 0 ? string.Empty : document.EndsWith("\n\n", StringComparison.Ordinal) ? string.Empty : document.EndsWith('\n') ? "\n" : "\n\n";
            return $"{document}{separator}{marked}\n";
        }

        return string.Concat(document.AsSpan(0, start), marked, document.AsSpan(end + End.Length));
    }
}
