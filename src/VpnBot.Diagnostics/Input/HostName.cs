using System.Globalization;

namespace VpnBot.Diagnostics.Input;

/// <summary>Host names as clients dial them: RFC 1123 labels, internationalised names converted to punycode (RFC 5891).</summary>
public static class HostName
{
    private const int MaxLength = 253;
    private const int MaxLabelLength = 63;
    private static readonly IdnMapping Idn = new() { UseStd3AsciiRules = true };

    /// <summary>Returns the lower-case ASCII form without a trailing dot, or what was expected.</summary>
    public static Parsed<string> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 1024)
        {
            return Parsed<string>.Failure(nameof(InputText.ExpectedHostName));
        }

        var trimmed = text.Trim();
        if (trimmed.EndsWith('.'))
        {
            trimmed = trimmed[..^1];
        }

        if (IpAddressText.Parse(trimmed).Ok)
        {
            return Parsed<string>.Failure(nameof(InputText.ExpectedHostNameNotAddress));
        }

        string ascii;
        try
        {
            ascii = Idn.GetAscii(trimmed).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            return Parsed<string>.Failure(nameof(InputText.ExpectedHostName));
        }

        return IsValidAscii(ascii) ? Parsed<string>.Success(ascii) : Parsed<string>.Failure(nameof(InputText.ExpectedHostName));
    }

    private static bool IsValidAscii(string name)
    {
        if (name.Length is 0 or > MaxLength)
        {
            return false;
        }

        foreach (var label in name.Split('.'))
        {
            if (label.Length is 0 or > MaxLabelLength || label[0] == '-' || label[^1] == '-')
            {
                return false;
            }

            foreach (var c in label)
            {
                if (!char.IsAsciiLetterOrDigit(c) && c != '-')
                {
                    return false;
                }
            }
        }

        return true;
    }
}
