using VpnBot.Diagnostics.Findings;

namespace VpnBot.Diagnostics.Diagnosis;

/// <summary>Runs every rule over the findings and ranks the causes they support.</summary>
public sealed class Diagnoser(IEnumerable<IDiagnosisRule> rules)
{
    private readonly IReadOnlyList<IDiagnosisRule> _rules = [.. rules];

    /// <summary>Likely causes, strongest first; one entry per cause id (the strongest wins).</summary>
    public IReadOnlyList<Cause> Diagnose(DiagnosisInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return _rules
            .SelectMany(rule => rule.Evaluate(input))
            .GroupBy(cause => cause.Id, StringComparer.Ordinal)
            .Select(group => group.MaxBy(cause => cause.Score)!)
            .OrderByDescending(cause => cause.Score)
            .ThenBy(cause => cause.Id, StringComparer.Ordinal)
            .ToList();
    }
}
