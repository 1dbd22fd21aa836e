using DnsClient;

namespace VpnBot.Diagnostics.Dns.Zones;

/// <summary>Domain names as the checks compare them: lower case, without the root's trailing dot (RFC 4343: case-insensitive).</summary>
internal static class DnsName
{
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.TrimEnd('.').ToLowerInvariant();
    }

    public static string Normalize(DnsString name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Normalize(name.Value);
    }

    public static bool Equal(string a, string b) => string.Equals(Normalize(a), Normalize(b), StringComparison.Ordinal);

    /// <summary>The parent of <paramref name="name"/>, or null at a top-level label.</summary>
    public static string? Parent(string name)
    {
        var normalized = Normalize(name);
        var dot = normalized.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 || dot == normalized.Length - 1 ? null : normalized[(dot + 1)..];
    }
}
