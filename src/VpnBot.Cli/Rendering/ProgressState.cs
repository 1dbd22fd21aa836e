using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Runner;

namespace VpnBot.Cli.Rendering;

/// <summary>What a run has done so far: planned units, the ones still running, findings in arrival order. Thread-safe.</summary>
internal sealed class ProgressState
{
    private readonly Lock _lock = new();
    private readonly List<(string Check, string Subject)> _running;
    private readonly List<Finding> _arrived = [];

    public ProgressState(CheckPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        _running = [.. plan.Units.Select(u => (u.Check, u.Subject))];
        Planned = plan.Units.Count;
        Target = plan.Target.Fqdn;
    }

    public string Target { get; }

    public int Planned { get; }

    public void Add(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        lock (_lock)
        {
            _arrived.Add(finding);
            var index = _running.FindIndex(u => u.Check == finding.Check && u.Subject == finding.Subject);
            if (index < 0)
            {
                index = _running.FindIndex(u => u.Check == finding.Check);
            }

            if (index >= 0)
            {
                _running.RemoveAt(index);
            }
        }
    }

    public Snapshot Take()
    {
        lock (_lock)
        {
            return new Snapshot(_arrived.Count, [.. _running], [.. _arrived]);
        }
    }

    /// <summary>A consistent copy to render from.</summary>
    internal sealed record Snapshot(int Done, IReadOnlyList<(string Check, string Subject)> Running, IReadOnlyList<Finding> Findings);
}
