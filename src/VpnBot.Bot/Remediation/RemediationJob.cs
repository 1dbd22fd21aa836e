using VpnBot.Agents.Protocol.Remediation;
using VpnBot.Bot.Conversations;
using VpnBot.Bot.Storage;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Bot.Remediation;

/// <summary>An approved remediation waiting for its agent, and the card that shows how it goes.</summary>
public sealed record RemediationJob(RemediationRecord Request, RemediationAction Action, CardMessage Card, string Approver, Language Language);
