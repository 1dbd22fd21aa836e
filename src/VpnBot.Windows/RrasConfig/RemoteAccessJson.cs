using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using VpnBot.Diagnostics.Certificates.Name;

namespace VpnBot.Windows.RrasConfig;

/// <summary>
/// Reads <c>Get-RemoteAccess | ConvertTo-Json -Depth 3</c> as Windows PowerShell 5.1 writes it (and 7.x: the
/// date format differs). Property names are matched without regard to case, unknown ones are ignored, and
/// anything that is not that output comes back as a reason, never an exception.
/// </summary>
internal static class RemoteAccessJson
{
    /// <summary>The most address ranges kept: a pool is a handful, not thousands.</summary>
    private const int MaxRanges = 16;

    /// <summary>A DER certificate is a few kilobytes; a RawData array longer than this is not one.</summary>
    private const int MaxCertificateBytes = 64 * 1024;

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 32 };

    private static readonly (string Property, string Tunnel)[] PortProperties =
        [("Ikev2Ports", "Ikev2"), ("SstpPorts", "Sstp"), ("L2tpPorts", "L2tp"), ("PptpPorts", "Pptp")];

    public static bool TryParse(string? text, [NotNullWhen(true)] out RemoteAccessConfig? config, out string? problem)
    {
        config = null;
        problem = null;
        var json = text?.Trim().TrimStart('\uFEFF');
        if (string.IsNullOrEmpty(json))
        {
            problem = "empty output";
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(json, Options);
            var root = document.RootElement;
            // One RemoteAccess object; a multi-site deployment could hand back an array of them.
            if (root.ValueKind == JsonValueKind.Array)
            {
                root = root.EnumerateArray().FirstOrDefault(e => e.ValueKind == JsonValueKind.Object);
            }

            if (root.ValueKind != JsonValueKind.Object)
            {
                problem = "not a JSON object";
                return false;
            }

            config = Read(Properties(root));
            return true;
        }
        catch (JsonException ex)
        {
            problem = string.Create(CultureInfo.InvariantCulture, $"not JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1})");
            return false;
        }
    }

    private static RemoteAccessConfig Read(Dictionary<string, JsonElement> properties)
    {
        var ports = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (property, tunnel) in PortProperties)
        {
            if (properties.TryGetValue(property, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var count))
            {
                ports[tunnel] = count;
            }
        }

        return new RemoteAccessConfig
        {
            VpnStatus = Text(properties, "VpnStatus"),
            VpnS2SStatus = Text(properties, "VpnS2SStatus"),
            DAStatus = Text(properties, "DAStatus"),
            RoutingStatus = Text(properties, "RoutingStatus"),
            SstpProxyStatus = Text(properties, "SstpProxyStatus"),
            UseHttp = Text(properties, "UseHttp"),
            ConnectToAddress = Text(properties, "ConnectToAddress"),
            InternetInterface = Text(properties, "InternetInterface"),
            InternalInterface = Text(properties, "InternalInterface"),
            IPAssignmentMethod = Text(properties, "IPAssignmentMethod"),
            IPAddressRanges = Ranges(properties),
            AuthenticationType = Text(properties, "AuthenticationType"),
            SslCertificate = properties.TryGetValue("SslCertificate", out var certificate) ? Certificate(certificate) : null,
            TunnelPorts = ports,
        };
    }

    /// <summary>A scalar as text: strings as they are, numbers and booleans as written; objects, arrays and null are no text.</summary>
    private static string? Text(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.GetRawText(),
        JsonValueKind.True => "True",
        JsonValueKind.False => "False",
        _ => null,
    };

    private static string? Text(Dictionary<string, JsonElement> properties, string name) =>
        properties.TryGetValue(name, out var value) ? Text(value) : null;

    /// <summary>IPAddressRangeList: strings (<c>10.1.1.10 - 10.1.1.30</c>) or objects with a start and an end address.</summary>
    private static List<string> Ranges(Dictionary<string, JsonElement> properties)
    {
        if (!properties.TryGetValue("IPAddressRangeList", out var list) && !properties.TryGetValue("IPAddressRange", out list))
        {
            return [];
        }

        var items = list.ValueKind == JsonValueKind.Array ? list.EnumerateArray().Take(MaxRanges).ToList() : [list];
        var ranges = new List<string>();
        foreach (var item in items)
        {
            if (Text(item) is { Length: > 0 } text)
            {
                ranges.Add(text);
            }
            else if (item.ValueKind == JsonValueKind.Object)
            {
                var range = Properties(item);
                var start = Text(range, "StartAddress") ?? Text(range, "StartIPAddress");
                var end = Text(range, "EndAddress") ?? Text(range, "EndIPAddress");
                if (start is not null && end is not null)
                {
                    ranges.Add(start + " - " + end);
                }
            }
        }

        return ranges;
    }

    /// <summary>
    /// The SSTP certificate: an X509Certificate2 serialised as an object (its RawData the DER bytes, else its
    /// Thumbprint, Subject and dates), or the CIM property's raw byte array.
    /// </summary>
    private static SslCertificateInfo? Certificate(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            return Bytes(element) is { } der ? FromDer(der) : null;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var properties = Properties(element);
        if (properties.TryGetValue("RawData", out var raw) && Bytes(raw) is { } bytes && FromDer(bytes) is { } parsed)
        {
            return parsed;
        }

        var thumbprint = Text(properties, "Thumbprint");
        var subject = Text(properties, "Subject");
        if (thumbprint is null && subject is null)
        {
            return null;
        }

        return new SslCertificateInfo(
            thumbprint,
            subject,
            Text(properties, "Issuer"),
            properties.TryGetValue("NotBefore", out var notBefore) ? Date(notBefore) : null,
            properties.TryGetValue("NotAfter", out var notAfter) ? Date(notAfter) : null,
            properties.TryGetValue("DnsNameList", out var names) ? DnsNames(names) : [],
            null);
    }

    private static byte[]? Bytes(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var length = element.GetArrayLength();
        if (length is 0 or > MaxCertificateBytes)
        {
            return null;
        }

        var bytes = new byte[length];
        var i = 0;
        foreach (var item in element.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Number || !item.TryGetByte(out bytes[i++]))
            {
                return null;
            }
        }

        return bytes;
    }

    private static SslCertificateInfo? FromDer(byte[] der)
    {
        try
        {
            using var certificate = X509CertificateLoader.LoadCertificate(der);
            return new SslCertificateInfo(
                certificate.Thumbprint,
                certificate.Subject,
                certificate.Issuer,
                new DateTimeOffset(certificate.NotBefore.ToUniversalTime(), TimeSpan.Zero),
                new DateTimeOffset(certificate.NotAfter.ToUniversalTime(), TimeSpan.Zero),
                SanDnsNames(certificate),
                certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: false) is { Length: > 0 } cn ? cn : null);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private static IReadOnlyList<string> SanDnsNames(X509Certificate2 certificate)
    {
        foreach (var extension in certificate.Extensions)
        {
            if (extension is X509SubjectAlternativeNameExtension san)
            {
                try
                {
                    return [.. san.EnumerateDnsNames()];
                }
                catch (CryptographicException)
                {
                    return [];
                }
            }
        }

        return [];
    }

    /// <summary>DnsNameList as PowerShell's certificate provider adds it: objects with Punycode/Unicode, or strings.</summary>
    private static List<string> DnsNames(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var names = new List<string>();
        foreach (var item in element.EnumerateArray().Take(MaxRanges))
        {
            var name = item.ValueKind == JsonValueKind.Object
                ? Text(Properties(item), "Punycode") ?? Text(Properties(item), "Unicode")
                : Text(item);
            if (name is { Length: > 0 })
            {
                names.Add(name);
            }
        }

        return names;
    }

    /// <summary>
    /// Windows PowerShell 5.1 writes dates as <c>"\/Date(1767225599000)\/"</c> (milliseconds since 1970, UTC);
    /// PowerShell 7 as ISO 8601.
    /// </summary>
    internal static DateTimeOffset? Date(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.String || element.GetString() is not { Length: > 0 and <= 64 } text)
        {
            return null;
        }

        if (text.StartsWith("/Date(", StringComparison.Ordinal) && text.EndsWith(")/", StringComparison.Ordinal))
        {
            var inner = text[6..^2];
            // A zone suffix (+0900) may follow; the milliseconds are UTC either way.
            var end = inner.Length > 1 ? inner.IndexOfAny(['+', '-'], 1) : -1;
            var digits = end > 0 ? inner[..end] : inner;
            return long.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var ms)
                && ms is >= -62_135_596_800_000 and <= 253_402_300_799_999
                ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
                : null;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;
    }

    /// <summary>An object's properties by name, case-insensitively; the first of duplicates wins.</summary>
    private static Dictionary<string, JsonElement> Properties(JsonElement element)
    {
        var properties = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in element.EnumerateObject())
        {
            properties.TryAdd(property.Name, property.Value);
        }

        return properties;
    }

    /// <summary>Whether <paramref name="fqdn"/> is one of the certificate's DNS names, or its CN when it has none (RFC 6125 §6.4.4).</summary>
    public static bool NameMatches(SslCertificateInfo certificate, string fqdn)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return certificate.DnsNames.Count > 0
            ? certificate.DnsNames.Any(name => DnsNameMatch.Matches(name, fqdn))
            : DnsNameMatch.Matches(certificate.CommonName ?? CommonNameOf(certificate.Subject), fqdn);
    }

    /// <summary>The CN of a subject written as text (<c>CN=vpn.example.com, O=Example</c>).</summary>
    private static string? CommonNameOf(string? subject)
    {
        if (subject is null)
        {
            return null;
        }

        foreach (var part in subject.Split(','))
        {
            var trimmed = part.Trim();
            if (trimmed.StartsWith("CN=", StringComparison.OrdinalIgnoreCase))
            {
                return trimmed[3..].Trim();
            }
        }

        return null;
    }
}
