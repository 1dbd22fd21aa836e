using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace VpnBot.Diagnostics.Input;

/// <summary>
/// Strict IP address parsing. <see cref="IPAddress.TryParse(string, out IPAddress)"/> accepts forms no
/// administrator means (<c>1</c> as 0.0.0.1, <c>0x7f.1</c>); here IPv4 is four dotted decimals and IPv6
/// is the RFC 4291 text form.
/// </summary>
public static class IpAddressText
{
    public static Parsed<IPAddress> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 64)
        {
            return Parsed<IPAddress>.Failure(nameof(InputText.ExpectedIpAddress));
        }

        var trimmed = text.Trim();
        if (trimmed.Contains(':', StringComparison.Ordinal))
        {
            return IPAddress.TryParse(trimmed, out var v6) && v6.AddressFamily == AddressFamily.InterNetworkV6 && !trimmed.Contains('%', StringComparison.Ordinal)
                ? Parsed<IPAddress>.Success(v6)
                : Parsed<IPAddress>.Failure(nameof(InputText.ExpectedIpAddress));
        }

        var parts = trimmed.Split('.');
        if (parts.Length != 4)
        {
            return Parsed<IPAddress>.Failure(nameof(InputText.ExpectedIpAddress));
        }

        var bytes = new byte[4];
        for (var i = 0; i < 4; i++)
        {
            var part = parts[i];
            if (part.Length is 0 or > 3 || !part.All(char.IsAsciiDigit) || (part.Length > 1 && part[0] == '0')
                || !byte.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out bytes[i]))
            {
                return Parsed<IPAddress>.Failure(nameof(InputText.ExpectedIpAddress));
            }
        }

        return Parsed<IPAddress>.Success(new IPAddress(bytes));
    }
}
