using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;

namespace VpnBot.Diagnostics.Diagnosis;

/// <summary>The findings of one run and the target they are about.</summary>
public sealed record DiagnosisInput(CheckTarget Target, IReadOnlyList<Finding> Findings)
{
    /// <summary>All findings of one check.</summary>
    public IEnumerable<Finding> Of(string checkId) => Findings.Where(f => f.Check == checkId);

    /// <summary>Findings of one check with the given status.</summary>
    public IEnumerable<Finding> Of(string checkId, CheckStatus status) => Of(checkId).Where(f => f.Status == status);

    /// <summary>True when the check ran and at least one of its findings has <paramref name="status"/>.</summary>
    public bool Any(string checkId, CheckStatus status) => Of(checkId, status).Any();

    /// <summary>True when the check ran and every one of its findings passed.</summary>
    public bool AllPassed(string checkId)
    {
        var any = false;
        foreach (var finding in Of(checkId))
        {
            if (finding.Status != CheckStatus.Pass)
            {
                return false;
            }

            any = true;
        }

        return any;
    }
}
