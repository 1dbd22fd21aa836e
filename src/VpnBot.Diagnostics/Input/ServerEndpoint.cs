using System.Globalization;
using System.Net;

namespace VpnBot.Diagnostics.Input;

/// <summary>A DNS server as <c>ADDR[:PORT]</c>: <c>10.0.0.10</c>, <c>10.0.0.11:5353</c>, <c>2001:db8::53</c>, <c>[2001:db8::53]:5353</c>.</summary>
public static class ServerEndpoint
{
    public const int DnsPort = 53;

    public static Parsed<IPEndPoint> Parse(string? text, int defaultPort = DnsPort)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 80)
        {
            return Parsed<IPEndPoint>.Failure(nameof(InputText.ExpectedServerEndpoint));
        }

        var trimmed = text.Trim();
        string host;
        string? port = null;
        if (trimmed.StartsWith('['))
        {
            var close = trimmed.IndexOf(']', StringComparison.Ordinal);
            if (close < 0)
            {
                return Parsed<IPEndPoint>.Failure(nameof(InputText.ExpectedServerEndpoint));
            }

            host = trimmed[1..close];
            var rest = trimmed[(close + 1)..];
            if (rest.Length > 0)
            {
                if (rest[0] != ':')
                {
                    return Parsed<IPEndPoint>.Failure(nameof(InputText.ExpectedServerEndpoint));
                }

                port = rest[1..];
            }
        }
        else if (trimmed.Count(c => c == ':') == 1)
        {
            var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
            host = trimmed[..colon];
            port = trimmed[(colon + 1)..];
        }
        else
        {
            host = trimmed;
        }

        var address = IpAddressText.Parse(host);
        if (!address.Ok)
        {
            return Parsed<IPEndPoint>.Failure(nameof(InputText.ExpectedServerEndpoint));
        }

        var portNumber = defaultPort;
        if (port is not null)
        {
            var parsedPort = PortNumber.Parse(port);
            if (!parsedPort.Ok)
            {
                return Parsed<IPEndPoint>.Failure(nameof(InputText.ExpectedServerEndpoint));
            }

            portNumber = parsedPort.Value;
        }

        return Parsed<IPEndPoint>.Success(new IPEndPoint(address.Value, portNumber));
    }
}

/// <summary>A TCP or UDP port, 1–65535.</summary>
public static class PortNumber
{
    public static Parsed<int> Parse(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is >= 1 and <= 65535
            ? Parsed<int>.Success(port)
            : Parsed<int>.Failure(nameof(InputText.ExpectedPort));
}
