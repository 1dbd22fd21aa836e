namespace VpnBot.Bench.Host;

/// <summary>What happened to one message. Times are <see cref="TimeProvider.GetTimestamp"/> values; 0 = never.</summary>
internal sealed class Outcome(PreparedMessage message)
{
    public PreparedMessage Message { get; } = message;

    /// <summary>When the schedule wanted it sent (open-loop rows); equals <see cref="Sent"/> for closed-loop senders.</summary>
    public long Intended { get; set; }

    /// <summary>Just before the POST to /api/messages.</summary>
    public long Sent { get; set; }

    /// <summary>When the HTTP response to the POST was complete.</summary>
    public long Answered { get; set; }

    public int Status { get; set; }

    /// <summary>Why the POST got no HTTP answer (refused, reset, timed out).</summary>
    public string? Error { get; set; }

    /// <summary>The first reply at the connector, joined in after the run.</summary>
    public ConnectorReply? Reply { get; set; }

    public bool Acknowledged => Status == 200 && Reply is not null;

    public TimeSpan ToReply => Reply is { } reply ? TimeProvider.System.GetElapsedTime(Sent, reply.Arrived) : TimeSpan.Zero;

    public TimeSpan ToResponse => TimeProvider.System.GetElapsedTime(Sent, Answered);
}
