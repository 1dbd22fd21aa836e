namespace VpnBot.Diagnostics.Tests.Probes.Pptp;

/// <summary>
/// Reads recorded packets: hex files under <c>Probes/AREA/Fixtures</c>, where lines starting with '#' say
/// where the bytes came from.
/// </summary>
public static class HexFixture
{
    public static byte[] Load(string area, string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Probes", area, "Fixtures", name);
        var hex = string.Concat(File.ReadLines(path)
            .Where(line => !line.TrimStart().StartsWith('#'))
            .Select(line => string.Concat(line.Where(c => !char.IsWhiteSpace(c)))));
        return Convert.FromHexString(hex);
    }

    /// <summary>Every fixture of an area, for fuzzing from real replies.</summary>
    public static IReadOnlyList<byte[]> All(string area) =>
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Probes", area, "Fixtures"), "*.hex")
            .Order(StringComparer.Ordinal)
            .Select(path => Load(area, Path.GetFileName(path)))];
}
