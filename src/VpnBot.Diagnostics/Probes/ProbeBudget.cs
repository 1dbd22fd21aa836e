namespace VpnBot.Diagnostics.Probes;

/// <summary>
/// Splits what is left of a unit's budget between the probe's own waits and the polite close after
/// it (a Stop-Control-Connection, a StopCCN), so the goodbye fits in the unit's budget too; the
/// runner's grace after that budget leaves room to write the finding. Shared by the tunnel probes.
/// </summary>
internal readonly record struct ProbeBudget(TimeSpan Work, TimeSpan Goodbye)
{
    private static readonly TimeSpan MaxGoodbye = TimeSpan.FromMilliseconds(300);

    public static ProbeBudget Of(TimeSpan remaining)
    {
        var goodbye = remaining / 5 < MaxGoodbye ? remaining / 5 : MaxGoodbye;
        var work = remaining - goodbye;
        return new ProbeBudget(work > TimeSpan.Zero ? work : TimeSpan.Zero, goodbye);
    }
}
