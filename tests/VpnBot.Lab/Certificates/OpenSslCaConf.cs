using System.Globalization;
using System.Text;

namespace VpnBot.Lab.Certificates;

/// <summary>
/// The openssl.cnf for <c>openssl req</c> and <c>openssl ca</c>. Each certificate gets its own signing section and
/// database so that all of them can be signed at once; <c>openssl ca</c> rather than <c>openssl x509</c> because
/// only it sets arbitrary validity dates (<c>-startdate</c>/<c>-enddate</c>), which the expired certificate needs.
/// Each CA also has a CRL section whose database gathers everything that CA signed, for <c>-revoke</c>,
/// <c>-gencrl</c> and its OCSP responder's <c>-index</c>.
/// </summary>
internal static class OpenSslCaConf
{
    private const string RootExtensions = "v3_ca";
    private const string CrlExtensions = "crl_ext";

    public static string Render(string directory, IReadOnlyList<CertificateProfile> profiles, PublicationPoints points)
    {
        var text = new StringBuilder()
            .AppendLine("[ req ]")
            .AppendLine("distinguished_name = req_dn")
            .AppendLine("[ req_dn ]")
            .AppendLine("[ policy_any ]")
            .AppendLine("commonName = supplied")
            .AppendLine("organizationName = optional")
            .AppendLine(CultureInfo.InvariantCulture, $"[ {RootExtensions} ]")
            .AppendLine("basicConstraints = critical, CA:TRUE")
            .AppendLine("keyUsage = critical, keyCertSign, cRLSign")
            .AppendLine("subjectKeyIdentifier = hash")
            .AppendLine(CultureInfo.InvariantCulture, $"[ {CrlExtensions} ]")
            .AppendLine("authorityKeyIdentifier = keyid:always");

        foreach (var ca in LabCa.All)
        {
            var signer = ca.SignedBy ?? ca;
            AppendSigning(text, directory, SigningSection(ca), signer, selfSigned: ca.IsRoot);
            AppendCrlSection(text, directory, ca);
            if (!ca.IsRoot)
            {
                // An intermediate names where its own revocation is published, as a leaf does.
                text.AppendLine(CultureInfo.InvariantCulture, $"[ {Extensions(ca)} ]")
                    .AppendLine("basicConstraints = critical, CA:TRUE, pathlen:0")
                    .AppendLine("keyUsage = critical, keyCertSign, cRLSign")
                    .AppendLine("subjectKeyIdentifier = hash")
                    .AppendLine("authorityKeyIdentifier = keyid");
                AppendRevocation(text, points.Of(signer));
            }
        }

        foreach (var profile in profiles)
        {
            AppendSigning(text, directory, Section(profile), profile.Issuer, selfSigned: false);
            text.AppendLine(CultureInfo.InvariantCulture, $"[ {Extensions(profile)} ]")
                .AppendLine("basicConstraints = critical, CA:FALSE")
                .AppendLine("keyUsage = critical, digitalSignature")
                .AppendLine(CultureInfo.InvariantCulture, $"extendedKeyUsage = {string.Join(", ", profile.ExtendedKeyUsages)}")
                .AppendLine(CultureInfo.InvariantCulture, $"subjectAltName = {string.Join(", ", profile.DnsNames.Select(n => $"DNS:{n}"))}")
                .AppendLine("subjectKeyIdentifier = hash")
                .AppendLine("authorityKeyIdentifier = keyid");
            AppendRevocation(text, profile.Revocation);
        }

        return text.ToString();
    }

    /// <summary>The section that issues <paramref name="ca"/>'s own certificate (self-signed for a root).</summary>
    public static string SigningSection(LabCa ca) => $"ca_issue_{ca.Stem}";

    /// <summary>The extensions of <paramref name="ca"/>'s own certificate.</summary>
    public static string Extensions(LabCa ca) => ca.IsRoot ? RootExtensions : $"ext_{ca.Stem}";

    /// <summary>The section that revokes and publishes CRLs for what <paramref name="ca"/> signed.</summary>
    public static string CrlSection(LabCa ca) => $"crl_{ca.Stem}";

    public static string Section(CertificateProfile profile) => $"ca_{profile.Name}";

    public static string Extensions(CertificateProfile profile) => $"ext_{profile.Name}";

    public static string Database(string directory, string section) => Path.Combine(directory, $"index-{section}.txt");

    public static string CrlNumber(string directory, LabCa ca) => Path.Combine(directory, $"crlnumber-{ca.Stem}");

    private static void AppendRevocation(StringBuilder text, RevocationPointers pointers)
    {
        if (pointers.CrlUrls.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"crlDistributionPoints = {string.Join(", ", pointers.CrlUrls.Select(u => $"URI:{u}"))}");
        }

        if (pointers.OcspUrls.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"authorityInfoAccess = {string.Join(", ", pointers.OcspUrls.Select(u => $"OCSP;URI:{u}"))}");
        }
    }

    // A self-signed root has no issuer certificate yet (openssl ca -selfsign takes -keyfile); anything else names its signer.
    private static void AppendSigning(StringBuilder text, string directory, string section, LabCa signer, bool selfSigned)
    {
        text.AppendLine(CultureInfo.InvariantCulture, $"[ {section} ]")
            .AppendLine(CultureInfo.InvariantCulture, $"private_key = {Path.Combine(directory, signer.Stem + ".key")}");
        if (!selfSigned)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"certificate = {Path.Combine(directory, signer.Stem + ".pem")}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"database = {Database(directory, section)}")
            .AppendLine(CultureInfo.InvariantCulture, $"new_certs_dir = {Path.Combine(directory, "issued")}")
            .AppendLine("default_md = sha256")
            .AppendLine("policy = policy_any")
            .AppendLine("preserve = yes")
            .AppendLine("unique_subject = no")
            .AppendLine("copy_extensions = none")
            .AppendLine("email_in_dn = no")
            .AppendLine("rand_serial = yes");
    }

    private static void AppendCrlSection(StringBuilder text, string directory, LabCa ca)
    {
        var section = CrlSection(ca);
        text.AppendLine(CultureInfo.InvariantCulture, $"[ {section} ]")
            .AppendLine(CultureInfo.InvariantCulture, $"private_key = {Path.Combine(directory, ca.Stem + ".key")}")
            .AppendLine(CultureInfo.InvariantCulture, $"certificate = {Path.Combine(directory, ca.Stem + ".pem")}")
            .AppendLine(CultureInfo.InvariantCulture, $"database = {Database(directory, section)}")
            .AppendLine(CultureInfo.InvariantCulture, $"crlnumber = {CrlNumber(directory, ca)}")
            .AppendLine(CultureInfo.InvariantCulture, $"crl_extensions = {CrlExtensions}")
            .AppendLine("default_md = sha256")
            .AppendLine("unique_subject = no");
    }
}
