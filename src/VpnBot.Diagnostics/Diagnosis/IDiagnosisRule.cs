namespace VpnBot.Diagnostics.Diagnosis;

/// <summary>Recognises one cause (or a family of related causes) in a set of findings.</summary>
public interface IDiagnosisRule
{
    /// <summary>The causes the findings support; empty when they do not point here.</summary>
    IEnumerable<Cause> Evaluate(DiagnosisInput input);
}
