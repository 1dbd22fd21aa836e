using System.Collections.Concurrent;
using VpnBot.Lab.Slots;

namespace VpnBot.Lab.Processes;

/// <summary>Every daemon the lab has started, registered the moment it starts so that a failed start still stops it.</summary>
internal sealed class DaemonSet
{
    private readonly ConcurrentQueue<Daemon> _daemons = new();
    private readonly SlotState _state;

    public DaemonSet(SlotState state) => _state = state;

    public IEnumerable<Daemon> All => _daemons;

    public Daemon Start(DaemonSpec spec)
    {
        var daemon = Daemon.Start(spec, _state);
        _daemons.Enqueue(daemon);
        return daemon;
    }

    public Task StopAllAsync(TimeSpan grace) => Task.WhenAll(_daemons.Select(d => d.StopAsync(grace)));
}
