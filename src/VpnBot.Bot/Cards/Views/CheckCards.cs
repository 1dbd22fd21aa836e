using VpnBot.Bot.Cards.Model;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.KnowledgeBase;
using VpnBot.Diagnostics.Localization;
using VpnBot.Diagnostics.Reporting;

namespace VpnBot.Bot.Cards.Views;

/// <summary>What every card of one <c>/vpn check</c> run shows at the top.</summary>
/// <param name="Endpoint">The configured endpoint name (<c>tokyo</c>).</param>
/// <param name="Fqdn">The name clients dial.</param>
/// <param name="Checks">When only some checks run (confirming an error code's causes), their ids; otherwise null.</param>
public sealed record CheckCardHeader(string Endpoint, string Fqdn, IReadOnlyList<string>? Checks);

/// <summary>The cards of <c>/vpn check</c>: progress while findings stream in, then the result (IT only).</summary>
public static class CheckCards
{
    /// <summary>The "checking…" card, first sent with no findings, then updated in place as they arrive.</summary>
    /// <param name="planned">How many findings the plan will produce (one per unit).</param>
    public static AdaptiveCard Progress(CheckCardHeader header, IReadOnlyList<Finding> soFar, int planned, Language language) =>
        throw new NotImplementedException();

    /// <summary>
    /// The final card: verdict, ranked likely causes with the error codes they explain (meaning from
    /// <paramref name="codes"/>) and what to do, every finding with its details behind a toggle, and a
    /// re-run button (<see cref="Verbs.Check"/>).
    /// </summary>
    public static AdaptiveCard Result(CheckCardHeader header, CheckReport report, IErrorCodeCatalog codes, Language language) =>
        throw new NotImplementedException();

    /// <summary>The endpoint asked for is not configured (or none is): names the known ones.</summary>
    public static AdaptiveCard UnknownEndpoint(string? requested, IReadOnlyList<string> known, Language language) =>
        throw new NotImplementedException();

    /// <summary>Another check of the same endpoint is running in this conversation; the user should watch that card.</summary>
    public static AdaptiveCard AlreadyRunning(string endpoint, Language language) =>
        throw new NotImplementedException();
}
