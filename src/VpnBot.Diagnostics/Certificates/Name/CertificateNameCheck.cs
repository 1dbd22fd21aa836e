using VpnBot.Diagnostics.Certificates.Source;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;
using static VpnBot.Diagnostics.Certificates.CertificateUnits;

namespace VpnBot.Diagnostics.Certificates.Name;

/// <summary>
/// <c>cert.name</c>: the name clients dial must be one of the certificate's DNS subject alternative names;
/// the Common Name counts only when there is no DNS SAN at all (RFC 6125 §6.4.4). A mismatch is IKEv2
/// 13801, L2TP/IPsec 835 and, for SSTP, CERT_E_CN_NO_MATCH (0x800B010F).
/// </summary>
public sealed class CertificateNameCheck : ICheck
{
    /// <summary>CERT_E_CN_NO_MATCH (winerror.h): what an SSTP client reports for a name mismatch.</summary>
    internal const string SstpNameMismatch = "0x800B010F";

    public string Id => CheckIds.CertName;

    public IEnumerable<CheckUnit> Plan(CheckTarget target) =>
        CertificateUnits.Plan(Id, target, (context, certificate, subject, _) =>
            Task.FromResult(Evaluate(certificate, subject, context.Target)));

    internal static Finding Evaluate(ServerCertificate certificate, string subject, CheckTarget target)
    {
        var dialled = target.Fqdn;
        var names = PresentedNames.Of(certificate.Leaf);
        var evidence = certificate.NewEvidence();
        evidence["dialled"] = dialled;
        evidence["dnsSans"] = names.DnsNames.Count == 0 ? "(none)" : string.Join(", ", names.DnsNames);
        if (names.IpAddresses.Count > 0)
        {
            evidence["ipSans"] = string.Join(", ", names.IpAddresses);
        }

        evidence["cn"] = names.CommonName ?? "(none)";

        if (names.SanUnreadable)
        {
            evidence["matchedBy"] = "none";
            return Mismatch(Text(nameof(CertificatesText.NameSanUnreadable), dialled));
        }

        if (names.DnsNames.Count > 0)
        {
            var match = names.DnsNames.FirstOrDefault(name => DnsNameMatch.Matches(name, dialled));
            if (match is not null)
            {
                evidence["matchedBy"] = DnsNameMatch.IsWildcard(match) ? "san-wildcard" : "san";
                evidence["match"] = match;
                return Result(CheckStatus.Pass, Text(nameof(CertificatesText.NamePassSan), dialled, match), [], []);
            }

            evidence["matchedBy"] = "none";
            var listed = string.Join(", ", names.DnsNames);
            return DnsNameMatch.Matches(names.CommonName, dialled)
                ? Mismatch(Text(nameof(CertificatesText.NameFailCnIgnored), dialled, listed))
                : Mismatch(Text(nameof(CertificatesText.NameFailSan), dialled, listed));
        }

        if (DnsNameMatch.Matches(names.CommonName, dialled))
        {
            evidence["matchedBy"] = "cn";
            evidence["match"] = names.CommonName!;
            return Result(CheckStatus.Pass, Text(nameof(CertificatesText.NamePassCn), dialled), [], []);
        }

        evidence["matchedBy"] = "none";
        return Mismatch(Text(nameof(CertificatesText.NameFailCn), dialled, names.CommonName ?? "(none)"));

        Finding Mismatch(LocalizedText summary) => Result(CheckStatus.Fail, summary, Codes(target),
        [
            Text(nameof(CertificatesText.StepReissueWithName), dialled),
            Text(nameof(CertificatesText.StepDialCertificateName)),
            Text(nameof(CertificatesText.StepBindInRras)),
            Text(nameof(CertificatesText.StepRestartRras)),
        ]);

        Finding Result(CheckStatus status, LocalizedText summary, IReadOnlyList<string> codes, IReadOnlyList<LocalizedText> steps) => new()
        {
            Check = CheckIds.CertName,
            Subject = subject,
            Status = status,
            Summary = summary,
            Evidence = evidence,
            ErrorCodes = codes,
            Remediation = steps,
        };
    }

    /// <summary>The client errors a mismatch causes, for the protocols the endpoint offers (all three for a file checked alone).</summary>
    private static List<string> Codes(CheckTarget target)
    {
        var codes = new List<string>(3);
        if (target.Offers(VpnProtocols.Ikev2))
        {
            codes.Add("13801");
        }

        if (target.Offers(VpnProtocols.L2tp))
        {
            codes.Add("835");
        }

        if (target.Offers(VpnProtocols.Sstp))
        {
            codes.Add(SstpNameMismatch);
        }

        return codes.Count > 0 ? codes : ["13801", "835", SstpNameMismatch];
    }
}
