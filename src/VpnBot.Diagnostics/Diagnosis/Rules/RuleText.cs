using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;
using VpnBot.Diagnostics.Probes;

namespace VpnBot.Diagnostics.Diagnosis.Rules;

/// <summary>Renders <see cref="DiagnosisText"/> in both languages; a <see cref="LocalizedText"/> argument is rendered in the matching language.</summary>
internal static class RuleText
{
    public static LocalizedText Format(string name, params object?[] args) =>
        LocalizedText.Format(DiagnosisText.ResourceManager, name, args);

    /// <summary>Plain values (servers, addresses) as one list.</summary>
    public static string List(IEnumerable<string> items) => string.Join(", ", items.Distinct(StringComparer.Ordinal));

    /// <summary>What each probe got, <c>ike.v2: no answer, ike.nat-t: refused</c>.</summary>
    public static LocalizedText ProbeResults(IEnumerable<Finding> probes)
    {
        var results = probes.Select(probe => Format(nameof(DiagnosisText.ProbeResult), probe.Check, Outcome(probe))).ToList();
        return new LocalizedText(string.Join(", ", results.Select(r => r.En)), string.Join("、", results.Select(r => r.Ja)));
    }

    public static LocalizedText Outcome(Finding probe) => Format(probe.Fact(ProbeOutcome.Key)?.ToLowerInvariant() switch
    {
        ProbeOutcome.NoAnswer => nameof(DiagnosisText.OutcomeNoAnswer),
        ProbeOutcome.Refused => nameof(DiagnosisText.OutcomeRefused),
        ProbeOutcome.Unreachable => nameof(DiagnosisText.OutcomeUnreachable),
        ProbeOutcome.Silent => nameof(DiagnosisText.OutcomeSilent),
        ProbeOutcome.Malformed => nameof(DiagnosisText.OutcomeMalformed),
        ProbeOutcome.Rejected => nameof(DiagnosisText.OutcomeRejected),
        ProbeOutcome.TlsFailed => nameof(DiagnosisText.OutcomeTlsFailed),
        ProbeOutcome.Answered or ProbeOutcome.NoProposalChosen or ProbeOutcome.InvalidKe or ProbeOutcome.Cookie => nameof(DiagnosisText.OutcomeAnswered),
        _ => nameof(DiagnosisText.OutcomeUnknown),
    });
}
