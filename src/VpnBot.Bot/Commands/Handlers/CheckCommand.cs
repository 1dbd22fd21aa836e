using VpnBot.Bot.Cards;
using VpnBot.Bot.Cards.Views;
using VpnBot.Bot.Checks;
using VpnBot.Bot.Localization;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Configuration;
using VpnBot.Diagnostics.KnowledgeBase;
using VpnBot.Diagnostics.Localization;
using VpnBot.Diagnostics.Reporting;

namespace VpnBot.Bot.Commands.Handlers;

/// <summary>
/// <c>/vpn check [endpoint]</c> and the re-run / confirm buttons: answers at once with the progress card and
/// leaves the run to <see cref="CheckJobWorker"/>, which updates that card in place.
/// </summary>
public sealed class CheckCommand(EndpointCatalog endpoints, EndpointChecker checker, CheckJobs jobs, IErrorCodeCatalog codes) : ICommandHandler
{
    public string Name => "check";

    public bool ItOnly => true;

    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var data = context.Turn.Action?.Data;
        var requested = data is null ? context.Arguments : data.GetValueOrDefault(Verbs.EndpointKey);
        if (!string.IsNullOrEmpty(requested) && !EndpointArgument.IsWellFormed(requested))
        {
            await BadInput.RefuseAsync(context, EndpointArgument.Name, requested, EndpointArgument.Expected, cancellationToken).ConfigureAwait(false);
            return;
        }

        var checks = data?.GetValueOrDefault(Verbs.ChecksKey);
        string[]? only = null;
        string[] requestedChecks = [];
        if (!string.IsNullOrEmpty(checks))
        {
            var ids = checks.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (ids.Length == 0 || ids.Length > 64 || !ids.All(CheckIdArgument.IsWellFormed))
            {
                await BadInput.RefuseAsync(context, Verbs.ChecksKey, checks, LocalizedText.Format(BotText.ResourceManager, nameof(BotText.ChecksExpected)), cancellationToken).ConfigureAwait(false);
                return;
            }

            requestedChecks = [.. ids.Distinct(StringComparer.Ordinal)];

            // Checks only an agent on the server can run (rras.*, events.*) are not in this host's plan; with
            // none of the rest left, the whole plan runs rather than nothing.
            only = ids.Where(CheckIds.Core.Contains).Distinct(StringComparer.Ordinal).ToArray();
            if (only.Length == 0)
            {
                only = null;
            }
        }

        var endpoint = endpoints.Find(requested);
        if (endpoint is null)
        {
            await context.Replies.SendAsync(CheckCards.UnknownEndpoint(requested, endpoints.Names, context.Language), cancellationToken).ConfigureAwait(false);
            return;
        }

        var key = $"{context.Turn.Conversation.Key}|{endpoint.Name}";
        if (!jobs.TryBegin(key))
        {
            await context.Replies.SendAsync(CheckCards.AlreadyRunning(endpoint.Name, context.Language), cancellationToken).ConfigureAwait(false);
            return;
        }

        try
        {
            var plan = checker.Plan(endpoint.Target, only is null ? null : only.Contains);
            var header = new CheckCardHeader(endpoint.Name, endpoint.Fqdn, only);
            var language = context.Language;
            var card = await context.Replies.SendAsync(CheckCards.Progress(header, [], plan.Units.Count, language), cancellationToken).ConfigureAwait(false);
            jobs.Enqueue(new CheckJob(
                key,
                endpoint,
                plan,
                card,
                (soFar, planned) => CheckCards.Progress(header, soFar, planned, language),
                report => CheckCards.Result(header, report, codes, Audience.It, language),
                context.Turn.From.Id,
                language)
            {
                Checks = requestedChecks,
            });
        }
        catch
        {
            jobs.Abandon(key);
            throw;
        }
    }
}
