using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Localization;
using VpnBot.Windows.Agent;
using VpnBot.Windows.Events.RemoteAccess;

namespace VpnBot.Windows.Events.Ike;

/// <summary>
/// <c>events.ikeext</c>: IKE negotiations the VPN server failed, from the Security log's IPsec audit events
/// 4653 (main mode, which is also where IKEv2 failures land) and 4654 (quick mode), counted by failure reason.
/// <para>
/// Why the Security log and not an IKEEXT channel: IKEEXT writes no event channel a Windows admin has on by
/// default (its diagnostics are an ETW trace started on demand with <c>netsh wfp capture</c> or
/// <c>netsh trace</c>), while the IPsec audit events are what Microsoft's VPN troubleshooting guidance points
/// to, carry the peer address and the failure reason, and are one <c>auditpol</c> setting away. The cost is
/// that they exist only while failure auditing of "IPsec Main Mode" and "IPsec Quick Mode" is on, which the
/// summary says when it finds none.
/// </para>
/// </summary>
internal sealed class IkeFailureEvents : EventFamily
{
    /// <summary>The longest failure reason kept as a key: the messages are one sentence.</summary>
    private const int MaxReason = 80;

    public override string CheckId => CheckIds.EventsIkeExt;

    public override string LogName => "Security";

    public override string Provider => "Microsoft-Windows-Security-Auditing";

    public override IReadOnlyList<int> EventIds { get; } = [4653, 4654];

    public override string? KeyOf(EventEntry entry) => BoundedText.Of(entry.Named("FailureReason"), MaxReason) is { Length: > 0 } reason ? reason : null;

    public override IReadOnlyList<string> ErrorCodes(IReadOnlyList<EventEntry> events, CheckTarget target) =>
        EventCodes.ByFrequency(events.Select(e => IkeFailureReasons.CodeOf(e.Named("FailureReason"))));

    public override void AddEvidence(IDictionary<string, string> evidence, IReadOnlyList<EventEntry> events)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var peers = EventSummary.Of(events, false, RemoteAddress);
        if (peers.Top.Count > 0)
        {
            evidence["remoteAddresses"] = peers.TopText;
        }

        evidence["audit"] = "IPsec Main Mode, IPsec Quick Mode (Failure)";
    }

    protected override string NoneText => nameof(EventsText.IkeNone);

    /// <summary>The peer's address; scanners probing UDP 500 show up here as one address with many failures.</summary>
    private static string? RemoteAddress(EventEntry entry) =>
        entry.Named("RemoteAddress")?.Trim() is { } address && RemoteAccessEvents.IsAddress(address) ? address : null;

    protected override string FoundText => nameof(EventsText.IkeFound);

    public override IReadOnlyList<LocalizedText> Steps(IReadOnlyList<string> errorCodes) =>
        errorCodes.Count > 0
            ? [RecentEventsCheck.Text(nameof(EventsText.IkeFixReasons)), RecentEventsCheck.Text(nameof(EventsText.FixExplainCodes), errorCodes[0])]
            : [RecentEventsCheck.Text(nameof(EventsText.IkeFixReasons))];
}
