using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Probes;

namespace VpnBot.Diagnostics.Diagnosis.Rules;

/// <summary>Reads the facts rules reason about from a finding's evidence; a missing or blank value is no fact.</summary>
internal static class FindingFacts
{
    private static readonly char[] ListSeparators = [',', ';'];

    public static string? Fact(this Finding finding, string key) =>
        finding.Evidence.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary>A list-valued fact (<c>198.18.0.3:53, 198.18.0.4:53</c>) as its items.</summary>
    public static IReadOnlyList<string> Facts(this Finding finding, string key) =>
        finding.Fact(key)?.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    public static bool FactIs(this Finding finding, string key, string value) =>
        string.Equals(finding.Fact(key), value, StringComparison.OrdinalIgnoreCase);

    /// <summary>A fault today (fail) or one that will bite (warn).</summary>
    public static bool IsProblem(this Finding finding) => finding.Status is CheckStatus.Fail or CheckStatus.Warn;

    public static bool OutcomeIs(this Finding finding, params ReadOnlySpan<string> outcomes)
    {
        var outcome = finding.Fact(ProbeOutcome.Key);
        foreach (var candidate in outcomes)
        {
            if (string.Equals(outcome, candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>No live service answered: silence, an ICMP or TCP refusal, no route, or TCP accepted and then nothing.</summary>
    public static bool Unanswered(this Finding finding) =>
        finding.OutcomeIs(ProbeOutcome.NoAnswer, ProbeOutcome.Refused, ProbeOutcome.Unreachable, ProbeOutcome.Silent);

    /// <summary>A live responder of the protocol answered, whatever it said.</summary>
    public static bool Answered(this Finding finding) =>
        finding.OutcomeIs(ProbeOutcome.Answered, ProbeOutcome.NoProposalChosen, ProbeOutcome.InvalidKe, ProbeOutcome.Cookie, ProbeOutcome.Rejected);

    public static bool HasAddresses(this Finding finding) => finding.Facts(RuleEvidence.Addresses).Count > 0;

    /// <summary>The DNS server answered that the name has no address: NXDOMAIN, or NOERROR without one (NODATA).</summary>
    public static bool DeniesName(this Finding finding) =>
        finding.FactIs(RuleEvidence.Rcode, RuleEvidence.NxDomain)
        || (finding.FactIs(RuleEvidence.Rcode, RuleEvidence.NoError) && !finding.HasAddresses());

    /// <summary>The DNS server gave an answer that settles whether the name has an address (not a timeout or SERVFAIL).</summary>
    public static bool SettlesName(this Finding finding) =>
        finding.FactIs(RuleEvidence.Rcode, RuleEvidence.NxDomain) || finding.FactIs(RuleEvidence.Rcode, RuleEvidence.NoError);
}
