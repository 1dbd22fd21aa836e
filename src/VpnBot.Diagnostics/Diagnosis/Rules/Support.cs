using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Diagnostics.Diagnosis.Rules;

/// <summary>
/// The findings behind one cause, and the cause they add up to. Scores grow with independent support so a
/// cause two findings agree on outranks one a single finding suggests: two Likely findings (74) pass one
/// Strong finding (72), and three pass any single finding.
/// </summary>
internal sealed class Support(DiagnosisInput input)
{
    /// <summary>What each supporting finding beyond the first adds to the score.</summary>
    public const int PerFinding = 12;

    private readonly HashSet<Finding> _findings = new(ReferenceEqualityComparer.Instance);
    private readonly List<string> _supporting = [];
    private readonly List<string> _consulted = [];

    public int Count => _findings.Count;

    /// <summary>Counts a finding as independent support for the cause.</summary>
    public Support Add(Finding finding)
    {
        if (_findings.Add(finding) && !_supporting.Contains(finding.Check))
        {
            _supporting.Add(finding.Check);
        }

        return this;
    }

    public Support Add(IEnumerable<Finding> findings)
    {
        foreach (var finding in findings)
        {
            Add(finding);
        }

        return this;
    }

    /// <summary>Counts the first problem finding of each check, when there is one (a firewall or NAT check that agrees).</summary>
    public Support AddProblems(params ReadOnlySpan<string> checks)
    {
        foreach (var check in checks)
        {
            if (input.Of(check).FirstOrDefault(f => f.IsProblem()) is { } finding)
            {
                Add(finding);
            }
        }

        return this;
    }

    /// <summary>Names checks that would confirm or rule out the cause (the agent's service and firewall checks) without counting them.</summary>
    public Support Consult(params ReadOnlySpan<string> checks)
    {
        foreach (var check in checks)
        {
            if (!_consulted.Contains(check))
            {
                _consulted.Add(check);
            }
        }

        return this;
    }

    public Cause ToCause(
        string id,
        Strength strength,
        IReadOnlyList<string> errorCodes,
        LocalizedText title,
        LocalizedText explanation,
        IReadOnlyList<LocalizedText> remediation)
    {
        // A client that logged one of these codes (RasClient 20227) is what users see: independent support.
        if (input.Of(CheckIds.EventsRasClient).FirstOrDefault(f => f.IsProblem() && f.ErrorCodes.Any(errorCodes.Contains)) is { } reported)
        {
            Add(reported);
        }

        return new Cause
        {
            Id = id,
            Title = title,
            Explanation = explanation,
            Score = Math.Min(100, (int)strength + (PerFinding * Math.Max(0, Count - 1))),
            ErrorCodes = errorCodes,
            Checks = [.. _supporting],
            ConfirmWith = [.. _consulted.Where(check => !_supporting.Contains(check))],
            Remediation = remediation,
        };
    }
}
