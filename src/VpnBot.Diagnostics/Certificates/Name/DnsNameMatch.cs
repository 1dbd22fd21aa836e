namespace VpnBot.Diagnostics.Certificates.Name;

/// <summary>
/// Matches the name clients dial against a name in a certificate, as RFC 6125 §6.4 describes:
/// case-insensitive over ASCII, a trailing dot ignored, and a wildcard accepted only as the whole
/// left-most label, standing for exactly one label (never several, never none, never a partial label).
/// </summary>
public static class DnsNameMatch
{
    public static bool Matches(string? presented, string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (string.IsNullOrWhiteSpace(presented))
        {
            return false;
        }

        var name = presented.Trim().TrimEnd('.');
        var dialled = reference.Trim().TrimEnd('.');
        if (name.Length == 0 || dialled.Length == 0 || HasEmptyLabel(name) || HasEmptyLabel(dialled))
        {
            return false;
        }

        if (!name.StartsWith("*.", StringComparison.Ordinal))
        {
            return !name.Contains('*', StringComparison.Ordinal) && string.Equals(name, dialled, StringComparison.OrdinalIgnoreCase);
        }

        // "*.example.com": the rest must itself be a name of two labels or more (no "*.com") with no other wildcard.
        var rest = name[2..];
        if (rest.Contains('*', StringComparison.Ordinal) || !rest.Contains('.', StringComparison.Ordinal))
        {
            return false;
        }

        var firstDot = dialled.IndexOf('.', StringComparison.Ordinal);
        return firstDot > 0 && string.Equals(dialled[(firstDot + 1)..], rest, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when <paramref name="presented"/> is a wildcard name (<c>*.example.com</c>).</summary>
    public static bool IsWildcard(string presented) =>
        presented is not null && presented.TrimStart().StartsWith("*.", StringComparison.Ordinal);

    private static bool HasEmptyLabel(string name) => name.StartsWith('.') || name.Contains("..", StringComparison.Ordinal);
}
