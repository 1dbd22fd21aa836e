using System.Text;

namespace VpnBot.Diagnostics.Probes;

/// <summary>
/// Turns text fields from the wire (host names, vendor strings, HTTP headers) into evidence that is
/// safe to print: no control characters, bounded length. Shared by the tunnel probes.
/// </summary>
internal static class WireText
{
    /// <summary>Longest text kept from one field.</summary>
    public const int MaxLength = 128;

    /// <summary>Reads a NUL-terminated or NUL-padded field as Latin-1, replacing unprintable characters with '?'.</summary>
    public static string Printable(ReadOnlySpan<byte> field)
    {
        var end = field.IndexOf((byte)0);
        if (end >= 0)
        {
            field = field[..end];
        }

        if (field.Length > MaxLength)
        {
            field = field[..MaxLength];
        }

        var text = new StringBuilder(field.Length);
        foreach (var b in field)
        {
            text.Append(b is < 0x20 or (>= 0x7F and < 0xA0) ? '?' : (char)b);
        }

        return text.ToString().Trim();
    }

    /// <summary>The first bytes of a reply in lower-case hex, for evidence when it is not the protocol.</summary>
    public static string Hex(ReadOnlySpan<byte> bytes, int max = 64) =>
        Convert.ToHexStringLower(bytes.Length > max ? bytes[..max] : bytes);
}
