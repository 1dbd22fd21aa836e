using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace VpnBot.Diagnostics.Certificates.Name;

/// <summary>The identities a certificate presents: DNS and IP subject alternative names, and the Common Name.</summary>
/// <param name="DnsNames">dNSName entries of the SAN extension (RFC 5280 §4.2.1.6).</param>
/// <param name="IpAddresses">iPAddress entries of the SAN extension.</param>
/// <param name="CommonName">The subject's most specific CN, or null.</param>
/// <param name="SanUnreadable">True when a SAN extension is present but does not decode.</param>
internal sealed record PresentedNames(IReadOnlyList<string> DnsNames, IReadOnlyList<IPAddress> IpAddresses, string? CommonName, bool SanUnreadable)
{
    public static PresentedNames Of(X509Certificate2 certificate)
    {
        var commonName = certificate.CommonName();
        if (certificate.Extension(Oids.SubjectAltName) is not { } extension)
        {
            return new([], [], commonName, false);
        }

        try
        {
            var san = new X509SubjectAlternativeNameExtension(extension.RawData, extension.Critical);
            return new([.. san.EnumerateDnsNames()], [.. san.EnumerateIPAddresses()], commonName, false);
        }
        catch (CryptographicException)
        {
            return new([], [], commonName, true);
        }
    }
}
