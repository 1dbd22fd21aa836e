using VpnBot.Bot.Cards;
using VpnBot.Bot.Cards.Views;
using VpnBot.Bot.Checks;
using VpnBot.Diagnostics.Configuration;
using VpnBot.Diagnostics.KnowledgeBase;

namespace VpnBot.Bot.Commands.Handlers;

/// <summary>
/// The employee's answers to the triage card: guidance for their case with the server's state in plain
/// words. With no recent check on record, the checks run now and the guidance card is updated when they end.
/// </summary>
public sealed class TriageSubmitCommand(
    IErrorCodeCatalog codes,
    ServerStates states,
    EndpointCatalog endpoints,
    Diagnostics.Reporting.EndpointChecker checker,
    CheckJobs jobs) : ICommandHandler
{
    public string Name => Verbs.Triage;

    public bool ItOnly => false;

    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var data = context.Turn.Action?.Data ?? new Dictionary<string, string>();
        var code = data.GetValueOrDefault(Verbs.CodeKey) is { Length: > 0 and <= 24 } text ? codes.Find(text.Trim()).Entry : null;
        var answers = new TriageAnswers(
            code?.Code,
            Enum.TryParse<ConnectionType>(data.GetValueOrDefault(Verbs.ConnectionKey), ignoreCase: true, out var connection) && Enum.IsDefined(connection) ? connection : ConnectionType.Unknown,
            Enum.TryParse<NetworkKind>(data.GetValueOrDefault(Verbs.NetworkKey), ignoreCase: true, out var network) && Enum.IsDefined(network) ? network : NetworkKind.Unknown);

        var (state, checkedAt) = await states.CurrentAsync(cancellationToken).ConfigureAwait(false);
        var language = context.Language;
        var card = await context.Replies.SendAsync(TriageCards.Guidance(answers, code, state, checkedAt, language), cancellationToken).ConfigureAwait(false);
        if (state != ServerState.Unknown || endpoints.All.Count == 0)
        {
            return;
        }

        // Nobody checked the server lately: check the first endpoint now and tell the employee its state.
        var endpoint = endpoints.All[0];
        var key = $"{card.ConversationKey}|{card.ActivityId}|triage";
        if (!jobs.TryBegin(key))
        {
            return;
        }

        jobs.Enqueue(new CheckJob(
            key,
            endpoint,
            checker.Plan(endpoint.Target),
            card,
            Progress: null,
            report => TriageCards.Guidance(answers, code, ServerStates.Of(report.Status), report.StartedAt, language),
            context.Turn.From.Id,
            language));
    }
}
