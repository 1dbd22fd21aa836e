namespace VpnBot.Diagnostics.Probes.Sstp;

/// <summary>The status line and headers of an HTTP/1.x response.</summary>
public sealed record HttpResponseHead(string Version, int StatusCode, string Reason, IReadOnlyList<KeyValuePair<string, string>> Headers)
{
    /// <summary>The first value of a header (names compare case-insensitively, RFC 9110 §5.1).</summary>
    public string? Header(string name) =>
        Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)) is { Key: not null } header ? header.Value : null;
}
