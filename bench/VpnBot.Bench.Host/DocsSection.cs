namespace VpnBot.Bench.Host;

/// <summary>
/// One benchmark's section of docs/benchmarks.md, between <c>&lt;!-- NAME:start --&gt;</c> and
/// <c>&lt;!-- NAME:end --&gt;</c>, so each benchmark (bench/run.sh writes the rest of the file) rewrites only its
/// own part. Shared by the host (<c>bot-host</c>) and agents (<c>agents</c>) benchmarks.
/// </summary>
internal sealed class DocsSection(string name)
{
    public string Start { get; } = $"<!-- {name}:start -->";

    public string End { get; } = $"<!-- {name}:end -->";

    /// <summary>The document with the text between the markers replaced, or the marked section appended.</summary>
    public string Replace(string document, string section)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(section);
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
