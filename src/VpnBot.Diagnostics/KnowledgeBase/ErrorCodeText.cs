using System.Globalization;

namespace VpnBot.Diagnostics.KnowledgeBase;

/// <summary>
/// Reads Windows error codes the way administrators meet them — <c>868</c> in the client's dialog,
/// <c>0x80070364</c> in a script, <c>-2146885613</c> in a RasClient 20227 event — and writes them in one
/// canonical form. Anything else is rejected without an exception: the text comes from chat and shells.
/// </summary>
public static class ErrorCodeText
{
    // The longest accepted spelling is a signed 32-bit decimal ("-2147483648", 11 chars) or a hex
    // literal with a few leading zeros; nothing longer is a code.
    private const int MaxLength = 24;

    // Pasted text may carry some white space around the code; a page of text is not a code and is
    // rejected unread.
    private const int MaxInputLength = 256;

    // HRESULT layout (winerror.h): severity bit 31, facility in bits 16-26, code in bits 0-15.
    private const uint SeverityBit = 0x8000_0000;
    private const uint FacilityMask = 0x07FF_0000;
    private const uint FacilityWin32 = 0x0007_0000;

    /// <summary>
    /// Parses decimal (<c>868</c>, up to <see cref="uint.MaxValue"/>), hex with a <c>0x</c> prefix
    /// (<c>0x364</c>, <c>0x800B0109</c>, any case) or a negative decimal HRESULT (<c>-2146885613</c>).
    /// Surrounding white space is ignored and full-width characters typed with a Japanese IME are read
    /// as their ASCII equivalents.
    /// </summary>
    public static bool TryParse(string? text, out uint value)
    {
        value = 0;
        if (text is null || text.Length > MaxInputLength)
        {
            return false;
        }

        var trimmed = text.AsSpan().Trim();
        if (trimmed.Length is 0 or > MaxLength)
        {
            return false;
        }

        ReadOnlySpan<char> code = ToHalfWidth(trimmed, stackalloc char[trimmed.Length]);
        if (code.Length > 2 && code[0] == '0' && (code[1] is 'x' or 'X'))
        {
            var digits = code[2..];
            return IsAll(digits, char.IsAsciiHexDigit)
                && uint.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value);
        }

        if (code[0] == '-')
        {
            // Event logs print HRESULTs as signed 32-bit integers; only the negative half is an HRESULT.
            var magnitude = code[1..];
            if (!IsAll(magnitude, char.IsAsciiDigit)
                || !int.TryParse(code, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var signed)
                || signed >= 0)
            {
                return false;
            }

            value = unchecked((uint)signed);
            return true;
        }

        return IsAll(code, char.IsAsciiDigit)
            && uint.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>
    /// The Win32 code an HRESULT wraps (<c>0x8007xxxx</c>, FACILITY_WIN32 → <c>xxxx</c>); any other value unchanged.
    /// </summary>
    public static uint Unwrap(uint value) =>
        (value & (SeverityBit | FacilityMask)) == (SeverityBit | FacilityWin32) ? value & 0xFFFF : value;

    /// <summary>Decimal for Win32 and RAS codes (<c>868</c>), <c>0x</c> and eight upper-case hex digits for HRESULTs.</summary>
    public static string Format(uint value) =>
        (value & SeverityBit) != 0
            ? "0x" + value.ToString("X8", CultureInfo.InvariantCulture)
            : value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The canonical form of a code as a user wrote it, or null when the text is not a code.</summary>
    public static string? Normalize(string? text) => TryParse(text, out var value) ? Format(Unwrap(value)) : null;

    private static bool IsAll(ReadOnlySpan<char> text, Func<char, bool> accept)
    {
        if (text.IsEmpty)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!accept(c))
            {
                return false;
            }
        }

        return true;
    }

    // Full-width forms (U+FF01..U+FF5E) mirror ASCII 0x21..0x7E at a fixed offset; the ideographic space
    // is already white space for Trim.
    private static Span<char> ToHalfWidth(ReadOnlySpan<char> text, Span<char> ascii)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            ascii[i] = c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;
        }

        return ascii;
    }
}
