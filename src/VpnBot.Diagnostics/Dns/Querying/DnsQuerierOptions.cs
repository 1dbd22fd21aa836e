namespace VpnBot.Diagnostics.Dns.Querying;

/// <summary>
/// How a question spends its budget over UDP. The defaults resend once, as stub resolvers do, and keep a
/// single wait short enough that several servers can be asked inside the usual five-second deadline.
/// </summary>
internal sealed record DnsQuerierOptions
{
    public static DnsQuerierOptions Default { get; } = new();

    /// <summary>UDP datagrams sent at most for one question. Default 2: one resend covers a lost datagram.</summary>
    public int MaxAttempts { get; init; } = 2;

    /// <summary>Longest wait for one UDP attempt. Default 2 s.</summary>
    public TimeSpan MaxAttemptTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Shortest wait worth splitting the budget for; a smaller budget gets a single attempt. Default 300 ms.</summary>
    public TimeSpan MinAttemptTimeout { get; init; } = TimeSpan.FromMilliseconds(300);

    /// <summary>The number of UDP attempts and the wait for each that fit in <paramref name="budget"/>.</summary>
    public (int Attempts, TimeSpan AttemptTimeout) Plan(TimeSpan budget)
    {
        var fit = MinAttemptTimeout > TimeSpan.Zero ? (int)(budget.Ticks / MinAttemptTimeout.Ticks) : MaxAttempts;
        var attempts = Math.Clamp(fit, 1, Math.Max(1, MaxAttempts));
        var wait = budget / attempts;
        if (wait > MaxAttemptTimeout)
        {
            wait = MaxAttemptTimeout;
        }

        return (attempts, wait < TimeSpan.FromMilliseconds(1) ? TimeSpan.FromMilliseconds(1) : wait);
    }
}
