using System.Globalization;

namespace VpnBot.Bench.Host;

/// <summary>
/// CPU time the whole machine has spent busy so far, from the first line of <c>/proc/stat</c>. Over a row it
/// says how much of the machine other processes took while the bot was measured.
/// </summary>
internal readonly record struct MachineLoad(TimeSpan Busy)
{
    // USER_HZ: /proc/stat counts in 1/100 s on every Linux architecture .NET runs on.
    private const double TicksPerSecond = 100;

    public static MachineLoad Read()
    {
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..]
            .Select(f => long.Parse(f, NumberStyles.None, CultureInfo.InvariantCulture))
            .ToArray();

        // user nice system idle iowait irq softirq steal (guest time is already inside user and nice).
        var busy = fields[0] + fields[1] + fields[2] + fields[5] + fields[6] + fields[7];
        return new MachineLoad(TimeSpan.FromSeconds(busy / TicksPerSecond));
    }

    public static TimeSpan operator -(MachineLoad later, MachineLoad earlier) => later.Busy - earlier.Busy;
}
