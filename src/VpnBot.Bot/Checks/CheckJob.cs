using VpnBot.Bot.Cards.Model;
using VpnBot.Bot.Conversations;
using VpnBot.Diagnostics.Configuration;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;
using VpnBot.Diagnostics.Reporting;
using VpnBot.Diagnostics.Runner;
using VpnBot.Diagnostics.Vantages;

namespace VpnBot.Bot.Checks;

/// <summary>
/// A check run that outlives the turn that asked for it: the planned units, the card it keeps up to date, and
/// how that card looks while findings arrive and at the end.
/// </summary>
/// <param name="Key">Identifies the run for <see cref="CheckJobs.TryBegin"/>: one run per key at a time.</param>
/// <param name="Progress">The card while findings arrive (findings so far, planned count); null to leave the card as it is until the end.</param>
/// <param name="Result">The final card, from what every vantage point saw.</param>
/// <param name="RequestedBy">The chat user id, kept with the run's history.</param>
/// <param name="Language">The language of the error card, should the run fail.</param>
public sealed record CheckJob(
    string Key,
    ConfiguredEndpoint Endpoint,
    CheckPlan Plan,
    CardMessage Card,
    Func<IReadOnlyList<Finding>, int, AdaptiveCard>? Progress,
    Func<CombinedReport, AdaptiveCard> Result,
    string? RequestedBy,
    Language Language)
{
    /// <summary>The check ids asked for, including those only agents run (<c>rras.*</c>, <c>events.*</c>); empty for all.</summary>
    public IReadOnlyList<string> Checks { get; init; } = [];
}
