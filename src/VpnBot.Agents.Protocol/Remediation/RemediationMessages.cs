namespace VpnBot.Agents.Protocol.Remediation;

/// <summary>An approved remediation the host asks an agent to carry out; the action is one of <see cref="RemediationActions.Words"/>.</summary>
public sealed record RemediationRequest(string Id, string Action);

/// <summary>What happened: whether it worked, why (one of <see cref="RemediationReasons"/>), the program's own output and exit code.</summary>
/// <param name="Summary">A short account for the agent's log; cards say it in the reader's language from <see cref="Reason"/>.</param>
public sealed record RemediationResult(bool Succeeded, string Summary, int? ExitCode)
{
    public const int MaxSummary = 500;

    /// <summary>Why it ended so, as a word the host turns into text in either language.</summary>
    public string Reason { get; init; } = RemediationReasons.Failed;

    /// <summary>What the program printed (stdout on success, stderr on failure), bounded; shown as it is.</summary>
    public string Output { get; init; } = string.Empty;
}

/// <summary>The words a <see cref="RemediationResult.Reason"/> may hold.</summary>
public static class RemediationReasons
{
    public const string Done = "done";
    public const string Failed = "failed";
    public const string TimedOut = "timed-out";
    public const string NotWindows = "not-windows";
    public const string NotAllowed = "not-allowed";
    public const string AgentLost = "agent-lost";
}
