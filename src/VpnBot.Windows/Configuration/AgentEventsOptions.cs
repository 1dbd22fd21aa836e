namespace VpnBot.Windows.Configuration;

/// <summary>
/// The <c>Vpn:Agent:Events</c> configuration section: how far back the <c>events.*</c> checks look. Keys may be
/// added, never renamed.
/// </summary>
public sealed class AgentEventsOptions
{
    public const string SectionName = "Vpn:Agent:Events";

    /// <summary>A day: long enough to hold this morning's failures when IT looks in the afternoon.</summary>
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromHours(24);

    /// <summary>Below a minute a check would miss the failure that made someone run it.</summary>
    public static readonly TimeSpan MinWindow = TimeSpan.FromMinutes(1);

    /// <summary>Beyond a month the logs have usually rolled over, and a Security log query gets slow.</summary>
    public static readonly TimeSpan MaxWindow = TimeSpan.FromDays(31);

    public const int DefaultMaxEvents = 2000;

    public const int MaxMaxEvents = 100_000;

    /// <summary>How far back to look for events. Default 24 hours (<c>"1.00:00:00"</c> or <c>"24:00:00"</c>).</summary>
    public TimeSpan Window { get; set; } = DefaultWindow;

    /// <summary>
    /// The most events read per check, newest first; beyond it the count reads "at least". Default 2,000: a
    /// flood of IKE failures must not hold a check for long.
    /// </summary>
    public int MaxEvents { get; set; } = DefaultMaxEvents;
}
