using VpnBot.Bot.Cards.Model;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Bot.Cards.Views;

/// <summary>One endpoint's row on the status card: its last run, if any.</summary>
public sealed record EndpointStatus(
    string Endpoint,
    string Fqdn,
    ReportStatus? Status,
    DateTimeOffset? CheckedAt,
    long? DurationMs,
    LocalizedText? TopCause);

/// <summary><c>/vpn status</c>: the last known state of each configured endpoint (IT sees the FQDN and cause, employees the state only).</summary>
public static class StatusCards
{
    /// <param name="now">For "3 minutes ago".</param>
    public static AdaptiveCard Status(IReadOnlyList<EndpointStatus> endpoints, Audience audience, DateTimeOffset now, Language language) =>
        throw new NotImplementedException();
}
