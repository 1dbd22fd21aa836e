using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace VpnBot.Diagnostics.Tests.Certificates;

/// <summary>What a minted server certificate looks like; every default is a good RRAS certificate for vpn.example.local.</summary>
internal sealed record LeafSpec
{
    public string? CommonName { get; init; } = TestPki.Fqdn;

    public IReadOnlyList<string>? DnsNames { get; init; } = [TestPki.Fqdn];

    /// <summary>EKU OIDs; null leaves the extension out.</summary>
    public IReadOnlyList<string>? Ekus { get; init; } = [TestPki.ServerAuth, TestPki.IkeIntermediate];

    /// <summary>Key Usage; null leaves the extension out.</summary>
    public X509KeyUsageFlags? KeyUsage { get; init; } = X509KeyUsageFlags.DigitalSignature;

    /// <summary>Offsets from the PKI's now; defaults: issued yesterday, valid a year.</summary>
    public TimeSpan NotBefore { get; init; } = TimeSpan.FromDays(-1);

    public TimeSpan NotAfter { get; init; } = TimeSpan.FromDays(365);

    public IReadOnlyList<string> CrlUrls { get; init; } = [];

    public IReadOnlyList<string> OcspUrls { get; init; } = [];

    /// <summary>Signs with this key instead of the issuer's (a certificate the issuer never signed).</summary>
    public ECDsa? ForgedBy { get; init; }
}

/// <summary>
/// A small in-process PKI: a root, an intermediate under it, and server certificates minted with
/// <see cref="CertificateRequest"/> on demand, all dated relative to a chosen "now".
/// </summary>
internal sealed class TestPki
{
    public const string Fqdn = "vpn.example.local";
    public const string ServerAuth = "1.3.6.1.5.5.7.3.1";
    public const string ClientAuth = "1.3.6.1.5.5.7.3.2";
    public const string IkeIntermediate = "1.3.6.1.5.5.8.2.2";

    private TestPki(DateTimeOffset now, X509Certificate2 root, X509Certificate2 intermediate)
    {
        Now = now;
        Root = root;
        Intermediate = intermediate;
    }

    public DateTimeOffset Now { get; }

    public X509Certificate2 Root { get; }

    public X509Certificate2 Intermediate { get; }

    public static TestPki Create(DateTimeOffset now, string name = "VpnBot Test", TimeSpan? intermediateLifetime = null)
    {
        var root = Ca($"CN={name} Root", null, now.AddYears(-2), now.AddYears(10));
        var intermediate = Ca($"CN={name} Issuing CA", root, now.AddYears(-1), now + (intermediateLifetime ?? TimeSpan.FromDays(5 * 365)));
        return new TestPki(now, root, intermediate);
    }

    public X509Certificate2 Leaf(LeafSpec? spec = null) => Leaf(spec ?? new LeafSpec(), Intermediate);

    public X509Certificate2 Leaf(LeafSpec spec, X509Certificate2 issuer)
    {
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(spec.CommonName is null ? new X500DistinguishedName("O=VpnBot Test") : new X500DistinguishedName($"CN={spec.CommonName}, O=VpnBot Test"), key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        if (spec.KeyUsage is { } usage)
        {
            request.CertificateExtensions.Add(new X509KeyUsageExtension(usage, true));
        }

        if (spec.Ekus is { } ekus)
        {
            var oids = new OidCollection();
            foreach (var eku in ekus)
            {
                oids.Add(new Oid(eku));
            }

            request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(oids, false));
        }

        if (spec.DnsNames is { Count: > 0 } names)
        {
            var san = new SubjectAlternativeNameBuilder();
            foreach (var name in names)
            {
                san.AddDnsName(name);
            }

            request.CertificateExtensions.Add(san.Build());
        }

        if (spec.CrlUrls.Count > 0)
        {
            request.CertificateExtensions.Add(CertificateRevocationListBuilder.BuildCrlDistributionPointExtension(spec.CrlUrls));
        }

        if (spec.OcspUrls.Count > 0)
        {
            request.CertificateExtensions.Add(new X509AuthorityInformationAccessExtension(spec.OcspUrls, null));
        }

        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(issuer, true, false));
        var signer = spec.ForgedBy ?? issuer.GetECDsaPrivateKey()!;
        using var certificate = request.Create(issuer.SubjectName, X509SignatureGenerator.CreateForECDsa(signer), Now + spec.NotBefore, Now + spec.NotAfter, Serial());
        return certificate.CopyWithPrivateKey(key);
    }

    /// <summary>A CA certificate; the issuer-name overload lets a CA be minted outside its issuer's validity (an expired intermediate).</summary>
    public static X509Certificate2 Ca(string subject, X509Certificate2? issuer, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign | X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        if (issuer is null)
        {
            return request.CreateSelfSigned(notBefore, notAfter);
        }

        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(issuer, true, false));
        using var certificate = request.Create(issuer.SubjectName, X509SignatureGenerator.CreateForECDsa(issuer.GetECDsaPrivateKey()!), notBefore, notAfter, Serial());
        return certificate.CopyWithPrivateKey(key);
    }

    /// <summary>A CRL from <paramref name="issuer"/> revoking <paramref name="revoked"/>, issued at <paramref name="thisUpdate"/>.</summary>
    public static byte[] Crl(X509Certificate2 issuer, DateTimeOffset thisUpdate, DateTimeOffset nextUpdate, params X509Certificate2[] revoked)
    {
        var builder = new CertificateRevocationListBuilder();
        foreach (var certificate in revoked)
        {
            builder.AddEntry(certificate, thisUpdate.AddMinutes(-5), X509RevocationReason.KeyCompromise);
        }

        return builder.Build(issuer, 1, nextUpdate, HashAlgorithmName.SHA256, thisUpdate: thisUpdate);
    }

    /// <summary>A positive 16-byte serial, as CAs issue them.</summary>
    private static byte[] Serial()
    {
        var serial = new byte[16];
        RandomNumberGenerator.Fill(serial);
        serial[0] = (byte)((serial[0] & 0x7F) | 0x10);
        return serial;
    }
}
