using VpnBot.Lab.Network;
using VpnBot.Lab.Processes;
using VpnBot.Lab.Slots;
using VpnBot.Lab.Topology;

namespace VpnBot.Lab;

/// <summary>
/// The running lab. <see cref="StartAsync(CancellationToken)"/> takes a free slot, removes what a crashed run
/// of that slot left, builds the network and starts every daemon, ready; <see cref="DisposeAsync"/> stops
/// every process it started (by PID), deletes the namespaces and links, and releases the slot — whatever
/// happened in between.
/// </summary>
public sealed class VpnLab : IAsyncDisposable
{
    private readonly LabSlot _slot;
    private readonly SlotState _state;
    private readonly DaemonSet _daemons;
    private int _disposed;

    private VpnLab(LabSlot slot, SlotState state, LabPlan plan)
    {
        _slot = slot;
        _state = state;
        _daemons = new DaemonSet(state);
        Plan = plan;
    }

    /// <summary>What the running lab offers.</summary>
    public LabTopology Topology { get; private set; } = null!;

    internal LabPlan Plan { get; }

    /// <summary>The namespaces, root links and processes of this lab that exist right now (empty after disposal).</summary>
    public IReadOnlyList<string> Leftovers() =>
        [.. LabNetwork.Remaining(Plan), .. _daemons.All.Where(d => !d.HasExited).Select(d => d.ToString())];

    /// <summary>The last lines the daemon named <paramref name="daemon"/> (as in <see cref="LabHost.Daemons"/>) wrote.</summary>
    public string OutputOf(string daemon) => FindDaemon(daemon).Output.ToString();

    /// <summary>Waits (up to five seconds) until the daemon has written a line containing <paramref name="text"/>.</summary>
    public async Task<bool> WaitForOutputAsync(string daemon, string text, CancellationToken cancellationToken)
    {
        var output = FindDaemon(daemon).Output;
        var time = TimeProvider.System;
        var started = time.GetTimestamp();
        while (!output.Contains(text))
        {
            if (time.GetElapsedTime(started) > TimeSpan.FromSeconds(5))
            {
                return false;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20), time, cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    private Daemon FindDaemon(string name) =>
        _daemons.All.FirstOrDefault(d => d.Spec.Name == name) ?? throw new ArgumentException($"The lab runs no daemon named \"{name}\".", nameof(name));

    /// <summary>Starts a lab with the default options.</summary>
    public static Task<VpnLab> StartAsync(CancellationToken cancellationToken) => StartAsync(new LabOptions(), cancellationToken);

    /// <summary>Starts a lab; throws <see cref="LabStartException"/> with the failing daemon's output when it cannot.</summary>
    public static async Task<VpnLab> StartAsync(LabOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var time = TimeProvider.System;
        var started = time.GetTimestamp();
        var slot = LabSlot.TryAcquire(options.Slot) ?? throw new LabStartException(options.Slot is { } wanted
            ? $"Lab slot {wanted} is taken (lock {LabSlot.RunDirectory}/slot-{wanted}.lock)."
            : $"All {LabSlot.Count} lab slots are taken (locks in {LabSlot.RunDirectory}).");
        VpnLab? lab = null;
        try
        {
            var plan = new LabPlan(slot.Number, Path.Combine(Path.GetTempPath(), $"vpnbot-lab-{slot.Number}"));
            await LeftoverCleaner.CleanAsync(plan, slot.StateFile, cancellationToken).ConfigureAwait(false);
            var state = new SlotState(slot.StateFile);
            state.SetDirectory(plan.Directory);
            Directory.CreateDirectory(plan.Directory);
            lab = new VpnLab(slot, state, plan);
            var topology = await new LabStarter(plan, state, lab._daemons, options.ReadinessTimeout).StartAsync(time, cancellationToken)
                .ConfigureAwait(false);
            lab.Topology = topology with { StartupTime = time.GetElapsedTime(started) };
            return lab;
        }
        catch
        {
            if (lab is not null)
            {
                await lab.DisposeAsync().ConfigureAwait(false);
            }
            else
            {
                slot.Dispose();
            }

            throw;
        }
    }

    /// <summary>Stops every daemon, removes the network and the lab folder, and releases the slot.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        try
        {
            // Teardown runs to the end even when the caller's token is already cancelled.
            await _daemons.StopAllAsync(TimeSpan.FromSeconds(3)).ConfigureAwait(false);
            await LabNetwork.RemoveAsync(Plan.Hosts.Select(h => h.Namespace), Plan.RootLinks, CancellationToken.None).ConfigureAwait(false);
            if (Directory.Exists(Plan.Directory))
            {
                Directory.Delete(Plan.Directory, recursive: true);
            }

            _state.Delete();
        }
        finally
        {
            _slot.Dispose();
        }
    }
}
