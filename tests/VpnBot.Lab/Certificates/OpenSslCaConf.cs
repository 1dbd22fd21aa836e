using System.Globalization;
using System.Text;

namespace VpnBot.Lab.Certificates;

/// <summary>
/// The openssl.cnf for <c>openssl req</c> and <c>openssl ca</c>. Each certificate gets its own CA section and
/// database so that all of them can be signed at once; <c>openssl ca</c> rather than <c>openssl x509</c> because
/// only it sets arbitrary validity dates (<c>-startdate</c>/<c>-enddate</c>), which the expired certificate needs.
/// </summary>
internal static class OpenSslCaConf
{
    public const string RootSection = "ca_root";
    public const string UntrustedRootSection = "ca_untrusted_root";
    public const string CaExtensions = "v3_ca";

    public static string Render(string directory, IReadOnlyList<CertificateProfile> profiles)
    {
        var text = new StringBuilder()
            .AppendLine("[ req ]")
            .AppendLine("distinguished_name = req_dn")
            .AppendLine("[ req_dn ]")
            .AppendLine("[ policy_any ]")
            .AppendLine("commonName = supplied")
            .AppendLine("organizationName = optional")
            .AppendLine(CultureInfo.InvariantCulture, $"[ {CaExtensions} ]")
            .AppendLine("basicConstraints = critical, CA:TRUE")
            .AppendLine("keyUsage = critical, keyCertSign, cRLSign")
            .AppendLine("subjectKeyIdentifier = hash");
        AppendCa(text, directory, RootSection, issuerStem: null);
        AppendCa(text, directory, UntrustedRootSection, issuerStem: null);
        foreach (var profile in profiles)
        {
            AppendCa(text, directory, Section(profile), profile.IssuedByUntrustedCa ? LabCertificates.UntrustedCaStem : LabCertificates.CaStem);
            text.AppendLine(CultureInfo.InvariantCulture, $"[ {Extensions(profile)} ]")
                .AppendLine("basicConstraints = critical, CA:FALSE")
                .AppendLine("keyUsage = critical, digitalSignature")
                .AppendLine(CultureInfo.InvariantCulture, $"extendedKeyUsage = {string.Join(", ", profile.ExtendedKeyUsages)}")
                .AppendLine(CultureInfo.InvariantCulture, $"subjectAltName = {string.Join(", ", profile.DnsNames.Select(n => $"DNS:{n}"))}")
                .AppendLine("subjectKeyIdentifier = hash")
                .AppendLine("authorityKeyIdentifier = keyid");
        }

        return text.ToString();
    }

    public static string Section(CertificateProfile profile) => $"ca_{profile.Name}";

    public static string Extensions(CertificateProfile profile) => $"ext_{profile.Name}";

    public static string Database(string directory, string section) => Path.Combine(directory, $"index-{section}.txt");

    // A self-signed root has no issuer certificate yet (openssl ca -selfsign); a leaf names the root that signs it.
    private static void AppendCa(StringBuilder text, string directory, string section, string? issuerStem)
    {
        var key = issuerStem ?? (section == RootSection ? LabCertificates.CaStem : LabCertificates.UntrustedCaStem);
        text.AppendLine(CultureInfo.InvariantCulture, $"[ {section} ]")
            .AppendLine(CultureInfo.InvariantCulture, $"private_key = {Path.Combine(directory, key + ".key")}");
        if (issuerStem is not null)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"certificate = {Path.Combine(directory, issuerStem + ".pem")}");
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
}
