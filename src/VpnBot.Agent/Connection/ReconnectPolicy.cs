using Microsoft.AspNetCore.SignalR.Client;

namespace VpnBot.Agent.Connection;

/// <summary>
/// Reconnects for as long as the host is away (1, 2, 4 … s, then every <paramref name="maxDelay"/>, with
/// jitter so a site's agents do not return in step after a host restart), and never when the host refused the
/// agent: retrying a revoked credential cannot succeed.
/// </summary>
internal sealed class ReconnectPolicy(TimeSpan maxDelay) : IRetryPolicy
{
    public TimeSpan? NextRetryDelay(RetryContext retryContext)
    {
        ArgumentNullException.ThrowIfNull(retryContext);
        return IsRefusal(retryContext.RetryReason) ? null : Delay(retryContext.PreviousRetryCount);
    }

    public TimeSpan Delay(long previousAttempts)
    {
        if (previousAttempts == 0)
        {
            return TimeSpan.Zero;
        }

        var seconds = Math.Min(Math.Pow(2, Math.Min(previousAttempts - 1, 16)), maxDelay.TotalSeconds);
        return TimeSpan.FromSeconds(seconds * (0.8 + (0.4 * Random.Shared.NextDouble())));
    }

    public static bool IsRefusal(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is AgentRefusedException)
            {
                return true;
            }
        }

        return false;
    }
}
