using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using VpnBot.Diagnostics.Certificates.Source;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;
using static VpnBot.Diagnostics.Certificates.CertificateUnits;

namespace VpnBot.Diagnostics.Certificates.Chain;

/// <summary>
/// <c>cert.chain</c>: the server certificate chains to a root trusted by the system or given with <c>--ca</c>.
/// Tells an untrusted root (0x800B0109) from a missing intermediate, an expired issuing CA and a bad
/// signature, because each has a different fix.
/// </summary>
public sealed class CertificateChainCheck : ICheck
{
    private readonly Func<IEnumerable<X509Certificate2>> _systemRoots;

    public CertificateChainCheck()
        : this(ChainVerification.SystemRoots)
    {
    }

    /// <summary>With the system's roots replaced, so a result does not depend on the machine's store.</summary>
    internal CertificateChainCheck(Func<IEnumerable<X509Certificate2>> systemRoots) => _systemRoots = systemRoots;

    public string Id => CheckIds.CertChain;

    public IEnumerable<CheckUnit> Plan(CheckTarget target) =>
        CertificateUnits.Plan(Id, target, (context, certificate, subject, _) =>
            Task.FromResult(Evaluate(certificate, subject, context.Target.TrustedRoots, _systemRoots(), context.Time.GetUtcNow())));

    internal static Finding Evaluate(
        ServerCertificate certificate,
        string subject,
        IReadOnlyList<X509Certificate2> extraRoots,
        IEnumerable<X509Certificate2> systemRoots,
        DateTimeOffset now)
    {
        var verdict = ChainVerification.Verify(certificate.Leaf, certificate.Presented, systemRoots, extraRoots, now);
        var evidence = certificate.NewEvidence();
        evidence["presented"] = (certificate.Presented.Count + 1).ToString(CultureInfo.InvariantCulture);
        foreach (var (key, value) in certificate.HandshakeEvidence)
        {
            evidence[key] = value;
        }

        evidence["chain"] = string.Join(" > ", verdict.Links.Select(link => link.Certificate.SubjectText()));
        evidence["root"] = verdict.Last.SubjectText();
        evidence["trustedBy"] = !verdict.Valid ? "none" : verdict.RootFromExtra ? "--ca" : "system";
        evidence["extraRoots"] = extraRoots.Count.ToString(CultureInfo.InvariantCulture);
        evidence["verificationTime"] = CertificateFacts.Iso(now);
        var flagged = verdict.Links
            .Select((link, i) => (i, status: link.Status))
            .Where(x => x.status != X509ChainStatusFlags.NoError)
            .Select(x => string.Create(CultureInfo.InvariantCulture, $"{x.i}: {x.status}"));
        evidence["elementStatus"] = string.Join("; ", flagged) is { Length: > 0 } s ? s : "(none)";

        if (verdict.Valid)
        {
            evidence["problems"] = "(none)";
            return Result(CheckStatus.Pass, verdict.RootFromExtra
                ? Text(nameof(CertificatesText.ChainPassExtraRoot), verdict.Last.SubjectText())
                : Text(nameof(CertificatesText.ChainPassSystemRoot), verdict.Last.SubjectText()), [], []);
        }

        evidence["problems"] = string.Join(",", verdict.Problems.Select(p => p.Token()));
        var culprit = verdict.Culprit ?? verdict.Last;
        var first = verdict.Problems[0];
        if (first == ChainProblem.PartialChain)
        {
            evidence["missingIssuer"] = culprit.Issuer;
        }
        else if (first == ChainProblem.IssuerExpired)
        {
            evidence["issuerNotAfter"] = CertificateFacts.Iso(culprit.NotAfter());
        }

        var steps = verdict.Problems.SelectMany(problem => Steps(problem, verdict, culprit)).Distinct().ToList();
        var codes = verdict.Problems.SelectMany(Codes).Distinct(StringComparer.Ordinal).ToList();
        return Result(CheckStatus.Fail, Summary(first, verdict, culprit, now), codes, steps);

        Finding Result(CheckStatus status, LocalizedText summary, IReadOnlyList<string> codes, IReadOnlyList<LocalizedText> steps) => new()
        {
            Check = CheckIds.CertChain,
            Subject = subject,
            Status = status,
            Summary = summary,
            Evidence = evidence,
            ErrorCodes = codes,
            Remediation = steps,
        };
    }

    private static LocalizedText Summary(ChainProblem problem, ChainVerdict verdict, X509Certificate2 culprit, DateTimeOffset now) => problem switch
    {
        ChainProblem.BadSignature => Text(nameof(CertificatesText.ChainBadSignature), culprit.SubjectText(), culprit.Issuer),
        ChainProblem.PartialChain => Text(nameof(CertificatesText.ChainPartial), culprit.SubjectText(), culprit.Issuer),
        ChainProblem.UntrustedRoot when verdict.Links.Count == 1 => Text(nameof(CertificatesText.ChainSelfSigned)),
        ChainProblem.UntrustedRoot => Text(nameof(CertificatesText.ChainUntrustedRoot), culprit.SubjectText()),
        ChainProblem.IssuerExpired when now < culprit.NotBefore() =>
            Text(nameof(CertificatesText.ChainIssuerNotYetValid), culprit.SubjectText(), CertificateFacts.Day(culprit.NotBefore())),
        ChainProblem.IssuerExpired => Text(nameof(CertificatesText.ChainIssuerExpired), culprit.SubjectText(), CertificateFacts.Day(culprit.NotAfter())),
        _ => Text(nameof(CertificatesText.ChainOther), string.Join("; ", verdict.Links.Select(l => l.Status).Where(s => s != X509ChainStatusFlags.NoError))),
    };

    private static IEnumerable<LocalizedText> Steps(ChainProblem problem, ChainVerdict verdict, X509Certificate2 culprit) => problem switch
    {
        ChainProblem.BadSignature => [Text(nameof(CertificatesText.StepReissueFromIssuer)), Text(nameof(CertificatesText.StepInstallIntermediate), culprit.Issuer)],
        ChainProblem.PartialChain =>
        [
            Text(nameof(CertificatesText.StepInstallIntermediate), culprit.Issuer),
            Text(nameof(CertificatesText.StepDeployRoot), culprit.Issuer),
            Text(nameof(CertificatesText.StepGiveCa)),
        ],
        ChainProblem.UntrustedRoot when verdict.Links.Count == 1 =>
            [Text(nameof(CertificatesText.StepReplaceSelfSigned)), Text(nameof(CertificatesText.StepDeployRoot), culprit.SubjectText())],
        ChainProblem.UntrustedRoot => [Text(nameof(CertificatesText.StepDeployRoot), culprit.SubjectText()), Text(nameof(CertificatesText.StepGiveCa))],
        ChainProblem.IssuerExpired =>
        [
            Text(nameof(CertificatesText.StepRenewCa), culprit.SubjectText()),
            Text(nameof(CertificatesText.StepReissue)),
            Text(nameof(CertificatesText.StepInstallIntermediate), culprit.SubjectText()),
        ],
        _ => [Text(nameof(CertificatesText.StepReissue))],
    };

    /// <summary>
    /// Client errors per problem: CERT_E_UNTRUSTEDROOT 0x800B0109 and CERT_E_CHAINING 0x800B010A (winerror.h)
    /// for trust, 864 for L2TP without a root, 810 for an expired certificate, and IKEv2's 13801 for all.
    /// </summary>
    internal static IReadOnlyList<string> Codes(ChainProblem problem) => problem switch
    {
        ChainProblem.UntrustedRoot => ["0x800B0109", "13801", "864"],
        ChainProblem.PartialChain => ["0x800B010A", "0x800B0109", "13801", "864"],
        ChainProblem.IssuerExpired => ["13801", "810"],
        _ => ["13801"],
    };
}
