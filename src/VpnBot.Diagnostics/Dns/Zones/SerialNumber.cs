namespace VpnBot.Diagnostics.Dns.Zones;

/// <summary>
/// SOA serial comparison in serial number arithmetic (RFC 1982 §3.2, SERIAL_BITS = 32): serials wrap,
/// so 1 is newer than 4294967295. Two serials exactly 2^31 apart are undefined and compare as equal.
/// </summary>
internal static class SerialNumber
{
    private const uint Half = 1u << 31;

    /// <summary>True when <paramref name="a"/> is older than <paramref name="b"/>.</summary>
    public static bool IsBehind(uint a, uint b) => a != b && Distance(a, b) is > 0;

    /// <summary>How many increments <paramref name="behind"/> lacks to reach <paramref name="ahead"/>, or null when it is not behind.</summary>
    public static uint? Distance(uint behind, uint ahead)
    {
        var forward = unchecked(ahead - behind);
        return forward is > 0 and < Half ? forward : null;
    }

    /// <summary>The newest serial of <paramref name="serials"/>: the one no other is ahead of.</summary>
    public static uint Newest(IEnumerable<uint> serials)
    {
        ArgumentNullException.ThrowIfNull(serials);
        var list = serials.ToList();
        return list.Aggregate((newest, next) => IsBehind(newest, next) ? next : newest);
    }
}
