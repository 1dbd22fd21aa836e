using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace VpnBot.Diagnostics.Certificates;

/// <summary>How certificate fields are written into evidence, the same way in every check.</summary>
internal static class CertificateFacts
{
    /// <summary>ISO 8601 in UTC, to the second: <c>2026-04-01T09:00:00Z</c>.</summary>
    public static string Iso(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>The calendar day in UTC, for summaries: <c>2026-04-01</c>.</summary>
    public static string Day(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateTimeOffset NotBefore(this X509Certificate2 certificate) => new(certificate.NotBefore.ToUniversalTime(), TimeSpan.Zero);

    public static DateTimeOffset NotAfter(this X509Certificate2 certificate) => new(certificate.NotAfter.ToUniversalTime(), TimeSpan.Zero);

    /// <summary>The subject as the admin sees it in the certificate store; <c>(empty)</c> when there is none.</summary>
    public static string SubjectText(this X509Certificate2 certificate) =>
        certificate.Subject.Length == 0 ? "(empty)" : certificate.Subject;

    /// <summary>Adds subject, issuer, validity, serial and thumbprints: the fields that identify the certificate in any store.</summary>
    public static void AddIdentity(IDictionary<string, string> evidence, X509Certificate2 certificate)
    {
        evidence["subject"] = certificate.SubjectText();
        evidence["issuer"] = certificate.Issuer;
        evidence["notBefore"] = Iso(certificate.NotBefore());
        evidence["notAfter"] = Iso(certificate.NotAfter());
        evidence["serial"] = certificate.SerialNumber;
        evidence["thumbprint"] = certificate.GetCertHashString(HashAlgorithmName.SHA256);
        // certlm.msc, Get-ChildItem Cert:\LocalMachine\My and RRAS's certificate binding show the SHA-1 thumbprint.
        evidence["thumbprintSha1"] = certificate.Thumbprint;
    }

    /// <summary>
    /// The most specific Common Name of the subject (the first in display order, RFC 6125 §6.4.4), or null
    /// when it has none.
    /// </summary>
    public static string? CommonName(this X509Certificate2 certificate)
    {
        try
        {
            foreach (var rdn in certificate.SubjectName.EnumerateRelativeDistinguishedNames())
            {
                if (!rdn.HasMultipleElements && rdn.GetSingleElementType().Value == Oids.CommonName)
                {
                    return rdn.GetSingleElementValue();
                }
            }
        }
        catch (CryptographicException)
        {
            // A subject that does not decode has no usable Common Name.
        }

        return null;
    }

    /// <summary>The first extension with <paramref name="oid"/>, or null.</summary>
    public static X509Extension? Extension(this X509Certificate2 certificate, string oid)
    {
        foreach (var extension in certificate.Extensions)
        {
            if (extension.Oid?.Value == oid)
            {
                return extension;
            }
        }

        return null;
    }
}
