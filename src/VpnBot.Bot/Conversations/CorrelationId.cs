using System.Diagnostics;

namespace VpnBot.Bot.Conversations;

/// <summary>The id an error card shows and the log line carries, so IT can find one in the other.</summary>
public static class CorrelationId
{
    /// <summary>The current trace id when a trace is active (it also appears in the request logs), else a new random id.</summary>
    public static string New() =>
        Activity.Current?.TraceId.ToHexString() is { } trace && trace != default(ActivityTraceId).ToHexString()
            ? trace[..16]
            : Guid.NewGuid().ToString("N")[..16];
}
