using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Windows.Events.RasClient;

/// <summary>
/// <c>events.rasclient</c>: RasClient 20227 (ROUTERLOG_RASCONNECTION_FAILED) in the Application log, one per
/// failed dial with the error code the user saw. The codes go into the finding so the bot explains them with
/// the knowledge base. The VPN client logs these: on the server they come from its own outgoing (site-to-site)
/// connections, on a client machine from the users' attempts.
/// </summary>
internal sealed class RasClientEvents : EventFamily
{
    public override string CheckId => CheckIds.EventsRasClient;

    public override string LogName => "Application";

    public override string Provider => "RasClient";

    public override IReadOnlyList<int> EventIds { get; } = [20227];

    public override string? KeyOf(EventEntry entry) => RasClientErrorCode.Of(entry);

    public override IReadOnlyList<string> ErrorCodes(IReadOnlyList<EventEntry> events, CheckTarget target) =>
        EventCodes.ByFrequency(events.Select(RasClientErrorCode.Of));

    protected override string NoneText => nameof(EventsText.RasNone);

    protected override string FoundText => nameof(EventsText.RasFound);

    public override IReadOnlyList<LocalizedText> Steps(IReadOnlyList<string> errorCodes) =>
    [
        RecentEventsCheck.Text(nameof(EventsText.FixExplainCodes), errorCodes.Count > 0 ? errorCodes[0] : "809"),
        RecentEventsCheck.Text(nameof(EventsText.RasFixStages)),
    ];
}
