using VpnBot.Agents.Protocol.Remediation;
using VpnBot.Bot.Storage;

namespace VpnBot.Bot.Tests.Cards.Gallery;

/// <summary>A remediation request through its life, and an audit log with every kind of entry.</summary>
internal static class SampleRemediations
{
    public static readonly RemediationResult Succeeded = new(true, "restart-rras completed.", 0) { Reason = RemediationReasons.Done };

    public static readonly RemediationResult Failed = new(false, "restart-rras failed (exit code 1).", 1)
    {
        Reason = RemediationReasons.Failed,
        Output = "Restart-Service : Service 'Routing and Remote Access (RemoteAccess)' cannot be started due to the following error: Cannot start service RemoteAccess on computer '.'.",
    };

    public static RemediationRecord Pending(DateTimeOffset at) =>
        new("5f0c3e1a9b7d4c2e8a6f1b3d5c7e9a0b", "restart-rras", "tokyo-1", "a1b2c3d4-0000-4000-8000-0000000000aa", at, RemediationState.Pending, "19:it@thread.tacv2");

    public static IReadOnlyList<AuditEntry> Audit(DateTimeOffset at) =>
    [
        new(at.AddMinutes(4), "tokyo-1", "remediation.succeeded", "tokyo-1", "restart-rras (5f0c3e1a)", RemediationReasons.Done),
        new(at.AddMinutes(3), "Kenji Tanaka (b2c3d4e5-0000-4000-8000-0000000000bb)", "remediation.approved", "tokyo-1", "restart-rras (5f0c3e1a)", null),
        new(at.AddMinutes(2), "Aiko Sato (a1b2c3d4-0000-4000-8000-0000000000aa)", "remediation.refused", "tokyo-1", "restart-rras (5f0c3e1a)", VpnBot.Bot.Remediation.AuditNotes.SelfApproval),
        new(at.AddMinutes(1), "Aiko Sato (a1b2c3d4-0000-4000-8000-0000000000aa)", "remediation.requested", "tokyo-1", "restart-rras (5f0c3e1a)", null),
        new(at.AddDays(-1), "Aiko Sato (a1b2c3d4-0000-4000-8000-0000000000aa)", "agent.revoked", "nagoya-1", string.Empty, VpnBot.Bot.Remediation.AuditNotes.ConnectionClosed),
        new(at.AddDays(-30), "Aiko Sato (a1b2c3d4-0000-4000-8000-0000000000aa)", "agent.added", "tokyo-1", "tokyo", VpnBot.Bot.Remediation.AuditNotes.AwaitingEnrolment),
    ];
}
