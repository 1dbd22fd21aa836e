namespace VpnBot.Bot.Remediation;

/// <summary>
/// The words audit entries carry as their outcome: stored as they are (the log reads the same in any language)
/// and turned into English or Japanese by the audit card.
/// </summary>
public static class AuditNotes
{
    public const string AgentNotConnected = "agent-not-connected";
    public const string SelfApproval = "self-approval";
    public const string NoSecondApproval = "no-second-approval";
    public const string AwaitingEnrolment = "awaiting-enrolment";
    public const string ConnectionClosed = "connection-closed";
}
