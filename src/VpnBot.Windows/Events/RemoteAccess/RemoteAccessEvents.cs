using System.Globalization;
using System.Net;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Windows.Events.RemoteAccess;

/// <summary>
/// <c>events.remoteaccess</c>: RemoteAccess 20271 (a user connected from an address and failed to
/// authenticate: the client sees 691) and 20276 (the authentication method the client uses is not allowed by
/// the server or its NPS policy: 812) in the System log. Counted by the address the attempts came from, so
/// password guessing from one address stands out.
/// </summary>
internal sealed class RemoteAccessEvents : EventFamily
{
    private const int AuthenticationFailed = 20271;
    private const int AuthenticationMismatch = 20276;

    public override string CheckId => CheckIds.EventsRemoteAccess;

    public override string LogName => "System";

    public override string Provider => "RemoteAccess";

    public override IReadOnlyList<int> EventIds { get; } = [AuthenticationFailed, AuthenticationMismatch];

    /// <summary>The address is an insertion string of its own; which one depends on the Windows version, so it is found by form.</summary>
    public override string? KeyOf(EventEntry entry) => entry.Data.Select(d => d.Value.Trim()).FirstOrDefault(IsAddress);

    /// <summary>ERROR_AUTHENTICATION_FAILURE (691) for 20271, ERROR_SERVER_POLICY (812) for 20276, the more frequent first.</summary>
    public override IReadOnlyList<string> ErrorCodes(IReadOnlyList<EventEntry> events, CheckTarget target) =>
        EventCodes.ByFrequency(events.Select(e => e.EventId == AuthenticationMismatch ? "812" : "691"));

    public override void AddEvidence(IDictionary<string, string> evidence, IReadOnlyList<EventEntry> events)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        evidence["count20271"] = events.Count(e => e.EventId == AuthenticationFailed).ToString(CultureInfo.InvariantCulture);
        evidence["count20276"] = events.Count(e => e.EventId == AuthenticationMismatch).ToString(CultureInfo.InvariantCulture);
    }

    protected override string NoneText => nameof(EventsText.RaNone);

    /// <summary>A dotted-quad IPv4 or an IPv6 address; "1" or "1.2" also parse as addresses, but are not how events write one.</summary>
    internal static bool IsAddress(string value) =>
        value.Length is > 0 and <= 45
        && (value.Count(c => c == '.') == 3 || value.Contains(':', StringComparison.Ordinal))
        && IPAddress.TryParse(value, out _);

    protected override string FoundText => nameof(EventsText.RaFound);

    public override IReadOnlyList<LocalizedText> Steps(IReadOnlyList<string> errorCodes) =>
    [
        RecentEventsCheck.Text(nameof(EventsText.RaFixReason)),
        RecentEventsCheck.Text(nameof(EventsText.RaFixGuessing)),
    ];
}
