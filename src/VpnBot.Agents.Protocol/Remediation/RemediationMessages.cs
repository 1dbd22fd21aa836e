namespace VpnBot.Agents.Protocol.Remediation;

/// <summary>An approved remediation the host asks an agent to carry out; the action is one of <see cref="RemediationActions.Words"/>.</summary>
public sealed record RemediationRequest(string Id, string Action);

/// <summary>What happened: whether it worked, a short account for the card and the audit log, and the exit code.</summary>
public sealed record RemediationResult(bool Succeeded, string Summary, int? ExitCode)
{
    public const int MaxSummary = 500;
}
