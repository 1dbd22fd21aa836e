using Microsoft.Extensions.DependencyInjection;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Diagnosis;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;
using VpnBot.Diagnostics.Probes;

namespace VpnBot.Diagnostics.Tests.Diagnosis;

/// <summary>Synthetic findings shaped as the checks write them: rules are pure functions of findings, so this is their seam.</summary>
internal static class Make
{
    public const string Fqdn = "vpn.example.com";
    public const string Primary = "198.18.0.2:53";
    public const string Secondary = "198.18.0.3:53";
    public const string PublicResolver = "198.18.1.53:53";
    public const string Server = "198.18.0.10";

    public static DiagnosisInput Run(params Finding[] findings) => Run(VpnProtocols.All, findings);

    public static DiagnosisInput Run(VpnProtocols protocols, params Finding[] findings) =>
        new(new CheckTarget { Name = "tokyo", Fqdn = Fqdn, Protocols = protocols }, findings);

    public static Finding Finding(string check, CheckStatus status, string subject = Server, params (string Key, string Value)[] evidence) =>
        new()
        {
            Check = check,
            Subject = subject,
            Status = status,
            Summary = LocalizedText.Invariant(check),
            Evidence = evidence.ToDictionary(e => e.Key, e => e.Value),
        };

    public static Finding WithCodes(this Finding finding, params string[] codes) => finding with { ErrorCodes = codes };

    /// <summary>A dns.resolve answer: with addresses it passes, without it fails.</summary>
    public static Finding Resolve(string server, string rcode, string? addresses = null) =>
        addresses is null
            ? Finding(CheckIds.DnsResolve, CheckStatus.Fail, server, ("server", server), ("rcode", rcode))
            : Finding(CheckIds.DnsResolve, CheckStatus.Pass, server, ("server", server), ("rcode", rcode), ("addresses", addresses));

    public static Finding External(string rcode, string? addresses = null) =>
        addresses is null
            ? Finding(CheckIds.DnsSplitHorizon, CheckStatus.Fail, PublicResolver, ("rcode", rcode))
            : Finding(CheckIds.DnsSplitHorizon, CheckStatus.Pass, PublicResolver, ("rcode", rcode), ("addresses", addresses));

    /// <summary>A probe finding with its <c>outcome</c>; a live answer passes, anything else fails.</summary>
    public static Finding Probe(string check, string outcome) =>
        Finding(check, outcome == ProbeOutcome.Answered ? CheckStatus.Pass : CheckStatus.Fail, $"{Server}:{Port(check)}", (ProbeOutcome.Key, outcome));

    public static Finding Pass(string check, string subject = Server) => Finding(check, CheckStatus.Pass, subject);

    public static Finding Fail(string check, string subject = Server, params (string Key, string Value)[] evidence) =>
        Finding(check, CheckStatus.Fail, subject, evidence);

    /// <summary>Every check passing, as a healthy endpoint reports: the background the examples change one thing in.</summary>
    public static IEnumerable<Finding> Healthy() =>
    [
        Resolve(Primary, "NOERROR", "203.0.113.10"),
        Resolve(Secondary, "NOERROR", "203.0.113.10"),
        Pass(CheckIds.DnsConsistency, "example.com"),
        Pass(CheckIds.DnsPtr),
        Pass(CheckIds.DnsCname, Fqdn),
        Pass(CheckIds.DnsAuthority, Primary),
        External("NOERROR", "203.0.113.10"),
        Pass(CheckIds.DnsTtl, Fqdn),
        Probe(CheckIds.IkeV2, ProbeOutcome.Answered),
        Probe(CheckIds.IkeV1, ProbeOutcome.Answered),
        Probe(CheckIds.IkeNatT, ProbeOutcome.Answered),
        Probe(CheckIds.SstpListener, ProbeOutcome.Answered),
        Probe(CheckIds.PptpControl, ProbeOutcome.Answered),
        Pass(CheckIds.CertExpiry, Fqdn + ":443"),
        Pass(CheckIds.CertName, Fqdn + ":443"),
        Pass(CheckIds.CertChain, Fqdn + ":443"),
        Pass(CheckIds.CertEku, Fqdn + ":443"),
        Pass(CheckIds.CertRevocation, Fqdn + ":443"),
    ];

    /// <summary>The healthy background with the findings of the same check and subject replaced.</summary>
    public static DiagnosisInput HealthyExcept(params Finding[] changed) =>
        Run([.. Healthy().Where(h => !changed.Any(c => c.Check == h.Check && c.Subject == h.Subject)), .. changed]);

    /// <summary>The diagnoser with every registered rule, as the product runs it.</summary>
    public static Diagnoser Diagnoser()
    {
        using var provider = new ServiceCollection().AddDiagnosisRules().BuildServiceProvider();
        return new Diagnoser(provider.GetServices<IDiagnosisRule>());
    }

    private static int Port(string check) => check switch
    {
        CheckIds.IkeNatT => 4500,
        CheckIds.SstpListener => 443,
        CheckIds.PptpControl => 1723,
        CheckIds.L2tpControl => 1701,
        _ => 500,
    };
}
