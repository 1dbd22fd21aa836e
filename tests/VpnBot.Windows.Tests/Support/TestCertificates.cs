using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace VpnBot.Windows.Tests.Support;

/// <summary>Server certificates made on the spot (ECDSA: fast), with the names and validity a test needs.</summary>
internal static class TestCertificates
{
    public static X509Certificate2 Server(
        DateTimeOffset notBefore,
        DateTimeOffset notAfter,
        string[]? dnsNames = null,
        string commonName = Targets.Fqdn,
        bool withPrivateKey = true)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=" + commonName + ", O=Example Corp, C=JP", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1"), new Oid("1.3.6.1.5.5.8.2.2")], critical: false));
        if (dnsNames is { Length: > 0 })
        {
            var san = new SubjectAlternativeNameBuilder();
            foreach (var name in dnsNames)
            {
                san.AddDnsName(name);
            }

            request.CertificateExtensions.Add(san.Build());
        }

        var certificate = request.CreateSelfSigned(notBefore, notAfter);
        if (withPrivateKey)
        {
            return certificate;
        }

        using (certificate)
        {
            return X509CertificateLoader.LoadCertificate(certificate.RawData);
        }
    }
}
