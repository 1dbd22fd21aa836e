namespace VpnBot.Diagnostics.Probes;

/// <summary>
/// Splits what is left of a unit's budget between the probe's own waits and the polite close after
/// it (a Stop-Control-Connection, a StopCCN, a TLS close), so a probe reports its own "no answer
/// within N ms" finding before the runner gives up on it. Shared by the tunnel probes.
/// </summary>
internal readonly record struct ProbeBudget(TimeSpan Work, TimeSpan Goodbye)
{
    /// <summary>Kept back for building the finding after the last wait.</summary>
    private static readonly TimeSpan Margin = TimeSpan.FromMilliseconds(25);

    private static readonly TimeSpan MaxGoodbye = TimeSpan.FromMilliseconds(300);

    public static ProbeBudget Of(TimeSpan remaining)
    {
        var goodbye = remaining / 5 < MaxGoodbye ? remaining / 5 : MaxGoodbye;
        var work = remaining - goodbye - Margin;
        return new ProbeBudget(work > TimeSpan.Zero ? work : TimeSpan.Zero, goodbye);
    }
}
