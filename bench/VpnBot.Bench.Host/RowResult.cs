namespace VpnBot.Bench.Host;

/// <summary>One scenario against one bot: every message's outcome and what the bot process used.</summary>
/// <param name="Run">Which repetition of the scenario this is (1-based), or 0 when it runs once.</param>
/// <param name="AfterWarmup">Memory after the warm-up, before the measured messages.</param>
/// <param name="End">Memory once the last reply had arrived (VmHWM: the peak over the process's life).</param>
/// <param name="BotCpu">CPU time the bot used for the measured messages.</param>
/// <param name="BenchCpu">CPU time this process (senders and connector) used meanwhile, on the same machine.</param>
/// <param name="OtherCpu">CPU time every other process on the machine used meanwhile.</param>
/// <param name="Elapsed">From the first measured send until the last reply had arrived (or the wait for it ended).</param>
/// <param name="OtherShareBefore">Share of the cores other processes used just before the row's bot started (NaN: not measured).</param>
internal sealed record RowResult(
    Scenario Scenario,
    BotTarget Target,
    int Run,
    IReadOnlyList<Outcome> Outcomes,
    MemoryFacts AfterWarmup,
    MemoryFacts End,
    TimeSpan BotCpu,
    TimeSpan BenchCpu,
    TimeSpan OtherCpu,
    TimeSpan Elapsed,
    double OtherShareBefore)
{
    private static readonly TimeProvider Time = TimeProvider.System;

    public int Acknowledged => Outcomes.Count(o => o.Acknowledged);

    /// <summary>POST to first reply at the connector, of the acknowledged messages, sorted.</summary>
    public IReadOnlyList<TimeSpan> ToReply => [.. Outcomes.Where(o => o.Acknowledged).Select(o => o.ToReply).Order()];

    /// <summary>POST to its HTTP response, of the messages that got one, sorted.</summary>
    public IReadOnlyList<TimeSpan> ToResponse => [.. Outcomes.Where(o => o.Status != 0).Select(o => o.ToResponse).Order()];

    /// <summary>How late the sender was against its schedule (open-loop rows), sorted.</summary>
    public IReadOnlyList<TimeSpan> SendLag => [.. Outcomes.Select(o => Time.GetElapsedTime(o.Intended, o.Sent)).Order()];

    /// <summary>Messages per second between the first and the last send.</summary>
    public double SendRate
    {
        get
        {
            var span = Time.GetElapsedTime(Outcomes.Min(o => o.Sent), Outcomes.Max(o => o.Sent));
            return span > TimeSpan.Zero ? (Outcomes.Count - 1) / span.TotalSeconds : 0;
        }
    }

    /// <summary>From the first send to the last reply or response.</summary>
    public TimeSpan Window => Time.GetElapsedTime(
        Outcomes.Min(o => o.Sent),
        Math.Max(Outcomes.Max(o => o.Answered), Outcomes.Max(o => o.Reply?.Arrived ?? 0)));

    /// <summary>Average number of cores the bot kept busy during the row.</summary>
    public double BotCores => BotCpu / Elapsed;

    /// <summary>Share of the machine's cores other processes used during the row.</summary>
    /// <remarks>Clamped at zero: /proc/stat and the per-process counters tick separately, so a quiet row can come out a hair below.</remarks>
    public double OtherShare => Math.Max(0, OtherCpu / Elapsed / Environment.ProcessorCount);

    /// <summary>Replies that are the card the scenario expects (VpnBot only; the echo bot answers with text).</summary>
    public int ExpectedReplies => Outcomes.Count(o => o.Reply is { } reply && reply.Markers.Contains(Scenario.Expected));

    public double MeanReplyBytes => Outcomes.Where(o => o.Reply is not null).Select(o => (double)o.Reply!.Bytes).DefaultIfEmpty(0).Average();

    /// <summary>Why messages were not acknowledged, with counts: HTTP statuses, transport errors, missing replies.</summary>
    public IReadOnlyList<(string Reason, int Count)> Failures =>
    [
        .. Outcomes.Where(o => !o.Acknowledged)
            .GroupBy(o => o.Error is { } error ? error : o.Status != 200 ? $"HTTP {o.Status}" : "no reply at the connector")
            .Select(g => (g.Key, g.Count()))
            .OrderByDescending(g => g.Item2),
    ];
}
