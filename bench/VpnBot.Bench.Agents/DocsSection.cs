namespace VpnBot.Bench.Agents;

/// <summary>
/// The "Agents" section of docs/benchmarks.md lives between two markers, so this benchmark rewrites its own part
/// and leaves the others' (bench/run.sh, bench/run-host.sh) as they are.
/// </summary>
internal static class DocsSection
{
    public const string Start = "<!-- agents:start -->";
    public const string End = "<!-- agents:end -->";

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
