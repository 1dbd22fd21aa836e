namespace VpnBot.Lab;

/// <summary>How patient the lab is while it starts.</summary>
public sealed record LabOptions
{
    /// <summary>How long each daemon may take to become ready before the start fails with its output. Default 20 s.</summary>
    public TimeSpan ReadinessTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// The slot to take (0..31), failing when it is held; null (the default) takes the first free one. A fixed slot
    /// also cleans up after a crashed run of exactly that slot.
    /// </summary>
    public int? Slot { get; init; }
}
