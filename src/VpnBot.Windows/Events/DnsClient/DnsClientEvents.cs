using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Localization;
using VpnBot.Windows.Agent;

namespace VpnBot.Windows.Events.DnsClient;

/// <summary>
/// <c>events.dns-client</c>: DNS Client 1014 in the System log, "Name resolution for the name … timed out after
/// none of the configured DNS servers responded." Counted by the name that timed out. When the VPN's own name
/// is among them, the events stand for 868 (the name does not resolve), as on the clients.
/// </summary>
internal sealed class DnsClientEvents : EventFamily
{
    /// <summary>ERROR_DNSNAME_NOT_RESOLVABLE (raserror.h).</summary>
    private const string NameNotResolvable = "868";

    private const int MaxShownName = 80;

    public override string CheckId => CheckIds.EventsDnsClient;

    public override string LogName => "System";

    public override string Provider => "Microsoft-Windows-DNS-Client";

    public override IReadOnlyList<int> EventIds { get; } = [1014];

    /// <summary>The name that timed out, shortened for display: a 253-character name is not worth a card line.</summary>
    public override string? KeyOf(EventEntry entry) => QueryName(entry) is { } name ? BoundedText.Of(name, MaxShownName) : null;

    public override IReadOnlyList<string> ErrorCodes(IReadOnlyList<EventEntry> events, CheckTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return events.Any(e => string.Equals(QueryName(e), target.Fqdn, StringComparison.OrdinalIgnoreCase)) ? [NameNotResolvable] : [];
    }

    protected override string NoneText => nameof(EventsText.DnsNone);

    protected override string FoundText => nameof(EventsText.DnsFound);

    public override IReadOnlyList<LocalizedText> Steps(IReadOnlyList<string> errorCodes) =>
        errorCodes.Contains(NameNotResolvable)
            ? [RecentEventsCheck.Text(nameof(EventsText.DnsFixVpnName)), RecentEventsCheck.Text(nameof(EventsText.DnsFixServers))]
            : [RecentEventsCheck.Text(nameof(EventsText.DnsFixServers))];

    /// <summary>QueryName without a trailing dot, at most a DNS name's length (RFC 1035 §2.3.4).</summary>
    private static string? QueryName(EventEntry entry)
    {
        var name = entry.Named("QueryName")?.Trim().TrimEnd('.');
        return string.IsNullOrEmpty(name) || name.Length > 253 ? null : name;
    }
}
