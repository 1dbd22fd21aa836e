using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using VpnBot.Diagnostics.Certificates.Name;

namespace VpnBot.Windows.Certificates;

/// <summary>
/// Which certificate in the machine store is the VPN's: one whose names match the endpoint's FQDN by the rule
/// <c>cert.name</c> applies (DNS subject alternative names, the CN only when there are none, RFC 6125 §6.4.4),
/// with its private key (without it RRAS cannot use it), valid now before expired or not yet valid, newest first.
/// </summary>
/// <param name="Chosen">The certificate, or null when none qualifies.</param>
/// <param name="InStore">Certificates in the store.</param>
/// <param name="Matching">Certificates whose name matches, with or without a key.</param>
/// <param name="WithoutPrivateKey">Matching certificates without a private key.</param>
internal sealed record MachineCertificateChoice(X509Certificate2? Chosen, int InStore, int Matching, int WithoutPrivateKey)
{
    public static MachineCertificateChoice Choose(IReadOnlyList<X509Certificate2> store, string fqdn, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(store);
        var matching = store.Where(certificate => NameMatches(certificate, fqdn)).ToList();
        var usable = matching.Where(certificate => certificate.HasPrivateKey).ToList();
        var chosen = usable
            .OrderByDescending(certificate => IsValidAt(certificate, now))
            .ThenByDescending(certificate => certificate.NotBefore)
            .ThenByDescending(certificate => certificate.NotAfter)
            .FirstOrDefault();
        return new MachineCertificateChoice(chosen, store.Count, matching.Count, matching.Count - usable.Count);
    }

    private static bool IsValidAt(X509Certificate2 certificate, DateTimeOffset now) =>
        certificate.NotBefore.ToUniversalTime() <= now.UtcDateTime && now.UtcDateTime <= certificate.NotAfter.ToUniversalTime();

    private static bool NameMatches(X509Certificate2 certificate, string fqdn)
    {
        try
        {
            var san = certificate.Extensions.OfType<X509SubjectAlternativeNameExtension>().FirstOrDefault();
            var dnsNames = san?.EnumerateDnsNames().ToList() ?? [];
            return dnsNames.Count > 0
                ? dnsNames.Any(name => DnsNameMatch.Matches(name, fqdn))
                : DnsNameMatch.Matches(certificate.GetNameInfo(X509NameType.DnsName, forIssuer: false), fqdn);
        }
        catch (CryptographicException)
        {
            // A certificate whose names do not decode is nobody's.
            return false;
        }
    }
}
