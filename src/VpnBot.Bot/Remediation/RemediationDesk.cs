using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VpnBot.Agents.Protocol.Remediation;
using VpnBot.Bot.Agents;
using VpnBot.Bot.Cards.Model;
using VpnBot.Bot.Cards.Views;
using VpnBot.Bot.Configuration;
using VpnBot.Bot.Conversations;
using VpnBot.Bot.Storage;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Bot.Remediation;

/// <summary>
/// Remediation requests from chat: recorded, approved by a second IT member (unless configured otherwise), handed
/// to the worker that asks the agent. Every request, decision and refusal goes to the audit log here; the outcome
/// is logged by the worker.
/// </summary>
public sealed partial class RemediationDesk(
    IRemediationStore store,
    IRemoteAgents agents,
    IOptions<BotOptions> options,
    TimeProvider time,
    ILogger<RemediationDesk> logger)
{
    private readonly Channel<RemediationJob> _jobs = Channel.CreateUnbounded<RemediationJob>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<RemediationJob> Jobs => _jobs.Reader;

    /// <summary>Records a request and returns the card to show: the approval card, or (without approval) the running card.</summary>
    public async Task<(AdaptiveCard Card, RemediationRecord? Approved)> RequestAsync(RemediationAction action, string agent, ChatTurn turn, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var actor = Actor(turn.From);
        var word = RemediationActions.Word(action);

        if (!agents.Connected.Any(a => a.Name == agent))
        {
            await AuditAsync(actor, "remediation.refused", agent, word, AuditNotes.AgentNotConnected, cancellationToken).ConfigureAwait(false);
            return (RemediationCards.AgentNotConnected(agent, language), null);
        }

        var request = new RemediationRecord(Guid.NewGuid().ToString("N"), word, agent, Id(turn.From), time.GetUtcNow(), RemediationState.Pending, turn.Conversation.Key);
        await store.AddRemediationAsync(request, cancellationToken).ConfigureAwait(false);
        await AuditAsync(actor, "remediation.requested", agent, $"{word} ({request.Id})", null, cancellationToken).ConfigureAwait(false);
        LogRequested(logger, word, agent, request.Id);
        if (options.Value.RemediationNeedsApproval)
        {
            return (RemediationCards.Approval(request, turn.From.Name, language), null);
        }

        await store.MoveRemediationAsync(request.Id, RemediationState.Pending, RemediationState.Approved, Id(turn.From), time.GetUtcNow(), null, cancellationToken).ConfigureAwait(false);
        await AuditAsync(actor, "remediation.approved", agent, $"{word} ({request.Id})", AuditNotes.NoSecondApproval, cancellationToken).ConfigureAwait(false);
        return (RemediationCards.Running(request, turn.From.Name, language), request);
    }

    /// <summary>An IT member pressed approve or refuse; returns the card that replaces the approval card and, when approved, the request to run.</summary>
    public async Task<(AdaptiveCard Card, RemediationRecord? Approved)> DecideAsync(string id, bool approve, ChatTurn turn, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var actor = Actor(turn.From);
        var request = await store.FindRemediationAsync(id, cancellationToken).ConfigureAwait(false);
        if (request is null)
        {
            return (RemediationCards.Unknown(language), null);
        }

        var word = $"{request.Action} ({request.Id})";
        if (request.State != RemediationState.Pending)
        {
            return (RemediationCards.AlreadyDecided(request, language), null);
        }

        if (approve && request.RequestedBy == Id(turn.From))
        {
            await AuditAsync(actor, "remediation.refused", request.Agent, word, AuditNotes.SelfApproval, cancellationToken).ConfigureAwait(false);
            return (RemediationCards.SecondApproverNeeded(request, language), null);
        }

        var target = approve ? RemediationState.Approved : RemediationState.Refused;
        if (!await store.MoveRemediationAsync(id, RemediationState.Pending, target, Id(turn.From), time.GetUtcNow(), null, cancellationToken).ConfigureAwait(false))
        {
            return (RemediationCards.AlreadyDecided((await store.FindRemediationAsync(id, cancellationToken).ConfigureAwait(false))!, language), null);
        }

        await AuditAsync(actor, approve ? "remediation.approved" : "remediation.declined", request.Agent, word, null, cancellationToken).ConfigureAwait(false);
        LogDecided(logger, request.Id, approve ? "approved" : "declined");
        return approve
            ? (RemediationCards.Running(request, turn.From.Name, language), request)
            : (RemediationCards.Declined(request, turn.From.Name, language), null);
    }

    /// <summary>Hands an approved request to the worker, with the card it updates.</summary>
    public void Enqueue(RemediationJob job) => _jobs.Writer.TryWrite(job);

    internal Task AuditAsync(string actor, string what, string target, string detail, string? outcome, CancellationToken cancellationToken) =>
        store.AddAuditAsync(new AuditEntry(time.GetUtcNow(), actor, what, target, detail, outcome), cancellationToken);

    internal static string Id(ChatUser user) => user.AadObjectId ?? user.Id;

    internal static string Actor(ChatUser user) => string.IsNullOrWhiteSpace(user.Name) ? Id(user) : $"{user.Name} ({Id(user)})";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Remediation {Id}: {Action} on agent {Agent} requested")]
    private static partial void LogRequested(ILogger logger, string action, string agent, string id);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Remediation {Id} {Decision}")]
    private static partial void LogDecided(ILogger logger, string id, string decision);
}
