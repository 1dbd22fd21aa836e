using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace VpnBot.Diagnostics.Certificates.Eku;

/// <summary>What a certificate says it may be used for: its Extended Key Usage and Key Usage extensions.</summary>
/// <param name="Purposes">EKU OIDs; null when the certificate has no EKU extension (any purpose, RFC 5280 §4.2.1.12).</param>
/// <param name="KeyUsage">Key Usage bits; null when the extension is absent (any use).</param>
/// <param name="Unreadable">True when one of the extensions is present but does not decode.</param>
internal sealed record KeyPurposes(IReadOnlyList<string>? Purposes, X509KeyUsageFlags? KeyUsage, bool Unreadable)
{
    public bool Has(string oid) => Purposes?.Contains(oid, StringComparer.Ordinal) ?? false;

    public static KeyPurposes Of(X509Certificate2 certificate)
    {
        try
        {
            IReadOnlyList<string>? purposes = certificate.Extension(Oids.ExtendedKeyUsage) is { } eku
                ? [.. new X509EnhancedKeyUsageExtension(new AsnEncodedData(eku.Oid, eku.RawData), eku.Critical)
                    .EnhancedKeyUsages.Cast<Oid>().Select(oid => oid.Value ?? string.Empty)]
                : null;
            X509KeyUsageFlags? keyUsage = certificate.Extension(Oids.KeyUsage) is { } ku
                ? new X509KeyUsageExtension(new AsnEncodedData(ku.Oid, ku.RawData), ku.Critical).KeyUsages
                : null;
            return new KeyPurposes(purposes, keyUsage, false);
        }
        catch (CryptographicException)
        {
            return new KeyPurposes([], null, true);
        }
    }

    /// <summary>An OID with the name Windows shows for it, for evidence: <c>1.3.6.1.5.5.7.3.1 (Server Authentication)</c>.</summary>
    public static string Describe(string oid) => oid switch
    {
        Oids.ServerAuthentication => $"{oid} (Server Authentication)",
        Oids.ClientAuthentication => $"{oid} (Client Authentication)",
        Oids.IkeIntermediate => $"{oid} (IP security IKE intermediate)",
        Oids.AnyExtendedKeyUsage => $"{oid} (Any Purpose)",
        _ => oid,
    };
}
