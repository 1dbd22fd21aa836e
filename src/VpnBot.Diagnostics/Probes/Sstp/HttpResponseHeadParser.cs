using System.Globalization;
using VpnBot.Diagnostics.Probes.Pptp;

namespace VpnBot.Diagnostics.Probes.Sstp;

/// <summary>
/// Parses the head of an HTTP/1.x response (RFC 9112 §4, §5) from untrusted bytes. Total: any input gives
/// a head or a reason, never an exception. Bare LF line ends are accepted, as RFC 9112 §2.2 allows.
/// </summary>
public static class HttpResponseHeadParser
{
    /// <summary>More header lines than any server sends; beyond it the reply is not taken for HTTP.</summary>
    public const int MaxHeaders = 100;

    /// <summary>The length of the head including its blank line, or -1 when the bytes hold no end of headers yet.</summary>
    public static int FindEnd(ReadOnlySpan<byte> bytes)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] != (byte)'\n')
            {
                continue;
            }

            if (i + 1 < bytes.Length && bytes[i + 1] == (byte)'\n')
            {
                return i + 2;
            }

            if (i + 2 < bytes.Length && bytes[i + 1] == (byte)'\r' && bytes[i + 2] == (byte)'\n')
            {
                return i + 3;
            }
        }

        return -1;
    }

    public static WireParse<HttpResponseHead> Parse(ReadOnlySpan<byte> head)
    {
        var end = FindEnd(head);
        if (end < 0)
        {
            return Fail("no end of headers");
        }

        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < end; i++)
        {
            if (head[i] == (byte)'\n')
            {
                var line = head[start..i];
                if (line.Length > 0 && line[^1] == (byte)'\r')
                {
                    line = line[..^1];
                }

                lines.Add(Latin1(line));
                start = i + 1;
            }
        }

        // The last entry is the blank line that ends the head.
        if (lines.Count < 2)
        {
            return Fail("no status line");
        }

        var status = ParseStatusLine(lines[0]);
        if (!status.Ok)
        {
            return status;
        }

        var headers = new List<KeyValuePair<string, string>>();
        for (var i = 1; i < lines.Count - 1; i++)
        {
            var line = lines[i];
            if (line.Length > 0 && (line[0] == ' ' || line[0] == '\t'))
            {
                // Obsolete line folding (RFC 9112 §5.2): joined to the header above.
                if (headers.Count == 0)
                {
                    return Fail("continuation line before any header");
                }

                var last = headers[^1];
                headers[^1] = new(last.Key, Clean($"{last.Value} {line.Trim()}"));
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || !IsToken(line.AsSpan(0, colon)))
            {
                return Fail($"header line {i} is not \"name: value\"");
            }

            if (headers.Count == MaxHeaders)
            {
                return Fail($"more than {MaxHeaders} headers");
            }

            headers.Add(new(line[..colon], Clean(line[(colon + 1)..].Trim())));
        }

        return WireParse<HttpResponseHead>.Success(status.Value with { Headers = headers });
    }

    private static WireParse<HttpResponseHead> ParseStatusLine(string line)
    {
        // HTTP-version SP 3DIGIT SP reason-phrase (RFC 9112 §4); the reason may be empty or absent.
        if (line.Length < 12 || !line.StartsWith("HTTP/", StringComparison.Ordinal)
            || !char.IsAsciiDigit(line[5]) || line[6] != '.' || !char.IsAsciiDigit(line[7]) || line[8] != ' ')
        {
            return Fail($"status line \"{Clean(Shorten(line))}\" is not HTTP/1.x");
        }

        if (!int.TryParse(line.AsSpan(9, 3), NumberStyles.None, CultureInfo.InvariantCulture, out var code) || code < 100 || code > 599
            || (line.Length > 12 && line[12] != ' '))
        {
            return Fail($"status code \"{Clean(Shorten(line[9..]))}\" is not 100..599");
        }

        var reason = line.Length > 13 ? Clean(line[13..].Trim()) : string.Empty;
        return WireParse<HttpResponseHead>.Success(new HttpResponseHead(line[..8], code, reason, []));
    }

    /// <summary>A header name: RFC 9110 §5.6.2 token characters.</summary>
    private static bool IsToken(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-.^_`|~".Contains(c, StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }

    private static string Latin1(ReadOnlySpan<byte> bytes) => string.Create(bytes.Length, bytes.ToArray(), static (chars, b) =>
    {
        for (var i = 0; i < b.Length; i++)
        {
            chars[i] = (char)b[i];
        }
    });

    /// <summary>Evidence-safe text: control characters replaced, length bounded.</summary>
    private static string Clean(string text)
    {
        var bounded = Shorten(text);
        return string.Create(bounded.Length, bounded, static (chars, s) =>
        {
            for (var i = 0; i < s.Length; i++)
            {
                chars[i] = s[i] is < ' ' or (>= '\x7f' and < '\xa0') ? '?' : s[i];
            }
        });
    }

    private static string Shorten(string text) => text.Length > WireText.MaxLength ? text[..WireText.MaxLength] : text;

    private static WireParse<HttpResponseHead> Fail(string problem) => WireParse<HttpResponseHead>.Fail(problem);
}
