using VpnBot.Diagnostics.Certificates;
using VpnBot.Diagnostics.Findings;

namespace VpnBot.Diagnostics.Diagnosis.Rules.Certificates;

/// <summary>
/// Reads <c>cert.eku</c>'s evidence the way the check decided: <c>eku</c> lists OIDs each followed by its
/// Windows name (<c>1.3.6.1.5.5.7.3.2 (Client Authentication)</c>) or says <c>(none: any purpose)</c>;
/// <c>keyUsage</c> lists the flags (<c>KeyEncipherment, DataEncipherment</c>) or says <c>(none: any use)</c>.
/// </summary>
internal static class KeyPurposeFacts
{
    public const string Eku = "eku";
    public const string KeyUsage = "keyUsage";

    /// <summary>An EKU extension that lists purposes, neither Server Authentication nor Any Purpose among them.</summary>
    public static bool LacksServerAuthentication(Finding finding)
    {
        if (!Lists(finding, Eku))
        {
            return false;
        }

        // Compare whole OIDs: 1.3.6.1.5.5.7.3.1 is a prefix of other purposes (1.3.6.1.5.5.7.3.17, IPsec IKE).
        var oids = finding.Facts(Eku).Select(item => item.Split(' ', 2)[0]).ToList();
        return !oids.Contains(Oids.ServerAuthentication, StringComparer.Ordinal) && !oids.Contains(Oids.AnyExtendedKeyUsage, StringComparer.Ordinal);
    }

    /// <summary>A Key Usage extension without the Digital Signature bit.</summary>
    public static bool LacksDigitalSignature(Finding finding) =>
        Lists(finding, KeyUsage) && !finding.Facts(KeyUsage).Contains("DigitalSignature", StringComparer.OrdinalIgnoreCase);

    /// <summary>The extension is present and was read: the value is a list, not "(none: ...)" nor blank (unreadable).</summary>
    private static bool Lists(Finding finding, string key) =>
        finding.Fact(key) is { } value && !value.StartsWith("(none", StringComparison.Ordinal);
}
