using System.Text;

namespace VpnBot.Diagnostics.Tests.Probes.Ike.Support;

/// <summary>
/// Captured datagrams stored as hex text: lines starting with <c>#</c> describe the capture, every other
/// character that is not whitespace is a hex digit of the datagram.
/// </summary>
internal static class HexFixture
{
    public static byte[] Load(string name)
    {
        var text = new StringBuilder();
        foreach (var line in File.ReadLines(Path.Combine(IkeTestPaths.Fixtures, name)))
        {
            if (!line.TrimStart().StartsWith('#'))
            {
                text.Append(line.Where(c => !char.IsWhiteSpace(c)).ToArray());
            }
        }

        return Convert.FromHexString(text.ToString());
    }

    /// <summary>The value of a <c># key: value</c> comment line, e.g. the endpoints of the capture.</summary>
    public static string? Meta(string name, string key)
    {
        var prefix = "# " + key + ": ";
        return File.ReadLines(Path.Combine(IkeTestPaths.Fixtures, name))
            .FirstOrDefault(line => line.StartsWith(prefix, StringComparison.Ordinal))?[prefix.Length..];
    }

    public static IEnumerable<string> All(string pattern) =>
        Directory.EnumerateFiles(IkeTestPaths.Fixtures, pattern).Select(Path.GetFileName).Order(StringComparer.Ordinal)!;
}
