using Microsoft.Extensions.DependencyInjection;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;
using VpnBot.Diagnostics.Probes;
using VpnBot.Diagnostics.Reporting;
using VpnBot.Diagnostics.Tests.Diagnosis;
using VpnBot.Diagnostics.Vantages;

namespace VpnBot.Diagnostics.Tests.Vantages;

/// <summary>Vantage points and their reports, each diagnosed on its own by the product's rules first, as the host receives them.</summary>
internal static class VantageMake
{
    public static readonly VantagePoint Host = new(VantagePoint.InProcessName, "tokyo", VantageKind.Inside);
    public static readonly VantagePoint TokyoDmz = new("tokyo-dmz", "tokyo", VantageKind.Inside);
    public static readonly VantagePoint Osaka = new("osaka-dc", "osaka", VantageKind.Inside);
    public static readonly VantagePoint Nagoya = new("nagoya-dc", "nagoya", VantageKind.Inside);
    public static readonly VantagePoint Home = new("home-probe", "internet", VantageKind.Outside);
    public static readonly VantagePoint Mobile = new("mobile-probe", "internet", VantageKind.Outside);

    public const string InternalAddress = "10.0.0.5";
    public const string PublicAddress = "203.0.113.10";
    public const string OsakaDns = "10.1.0.10:53";

    private static readonly DateTimeOffset StartedAt = new(2026, 11, 26, 0, 41, 12, TimeSpan.Zero);

    public static CheckTarget Target { get; } = Make.Run().Target;

    /// <summary>A vantage point's report, with the causes it names on its own.</summary>
    public static VantageReport At(VantagePoint point, params Finding[] findings) => new(point, new CheckReport
    {
        Target = Make.Fqdn,
        Vantage = point.Name,
        StartedAt = StartedAt,
        DurationMs = 1200,
        Findings = findings,
        Diagnosis = Make.Diagnoser().Diagnose(Make.Run(findings)),
    });

    public static VantageInput Together(params VantageReport[] reports) => new(Target, reports);

    /// <summary>The diagnoser with every registered vantage rule, as the product runs it.</summary>
    public static VantageDiagnoser Diagnoser()
    {
        using var provider = new ServiceCollection().AddVantageRules().BuildServiceProvider();
        return new VantageDiagnoser(provider.GetServices<IVantageRule>());
    }

    public static CombinedReport Combine(params VantageReport[] reports) => Diagnoser().Combine(Target, reports, StartedAt, 1500);

    /// <summary>A probe that dialled <paramref name="address"/>, as the probes record it in <c>address</c>.</summary>
    public static Finding ProbeTo(string check, string outcome, string address) =>
        Make.Finding(
            check,
            outcome == ProbeOutcome.Answered ? CheckStatus.Pass : CheckStatus.Fail,
            $"{address}:{(check == CheckIds.IkeNatT ? 4500 : 500)}",
            (ProbeOutcome.Key, outcome),
            ("address", address));

    /// <summary>dns.consistency as it passes: the zone and every server's serial.</summary>
    public static Finding Serials(string zone, params (string Server, string Serial)[] serials) =>
        Make.Finding(CheckIds.DnsConsistency, CheckStatus.Pass, zone, ("zone", zone), ("serials", string.Join(", ", serials.Select(s => $"{s.Server}={s.Serial}"))));

    /// <summary>What the host records for an agent that did not answer in time.</summary>
    public static Finding Silent(VantagePoint point) => new()
    {
        Check = CheckIds.AgentAnswer,
        Subject = point.Name,
        Status = CheckStatus.Error,
        Summary = LocalizedText.Invariant($"agent {point.Name} did not answer within 5 s"),
    };

    /// <summary>The three IKE probes, all with <paramref name="outcome"/>.</summary>
    public static Finding[] Ike(string outcome) =>
    [
        Make.Probe(CheckIds.IkeV2, outcome), Make.Probe(CheckIds.IkeV1, outcome), Make.Probe(CheckIds.IkeNatT, outcome),
    ];
}
