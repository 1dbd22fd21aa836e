using System.Globalization;
using static VpnBot.Bench.Host.OptionValues;

namespace VpnBot.Bench.Host;

/// <summary>What to run and how much of it.</summary>
/// <param name="HostDll">The built bot host (VpnBot.Host.dll).</param>
/// <param name="BaselineDll">The built echo bot (EchoBaseline.dll).</param>
/// <param name="Output">The Markdown file whose "Bot host" section is written.</param>
/// <param name="Messages">Messages per steady-rate row.</param>
/// <param name="Rate">Messages per second of the steady-rate rows.</param>
/// <param name="Burst">Messages (each from its own user and personal chat) per burst row.</param>
/// <param name="BurstSeconds">The even burst's length.</param>
/// <param name="Senders">Concurrent senders of the as-fast-as-possible burst.</param>
/// <param name="Repeat">How many times each scenario runs against each bot (each time in a fresh process).</param>
/// <param name="Warmup">Unmeasured messages sent to each fresh process before its row.</param>
/// <param name="Logs">Folder for each bot process's output.</param>
/// <param name="QuietShare">Each row waits until other processes use less than this share of the cores (0 = never waits).</param>
/// <param name="QuietWait">The longest a row waits for that.</param>
/// <param name="Notes">A Markdown file whose text is copied under "Notes" (findings kept by hand, e.g. from profiling).</param>
/// <param name="Rows">Which scenarios to run (1-based, in report order); all when empty.</param>
/// <param name="Attach">A diagnostics command attached to the bot for each row's measured messages (see <see cref="Profiler"/>).</param>
internal sealed record HostBenchOptions(
    string HostDll,
    string BaselineDll,
    string Output,
    int Messages,
    double Rate,
    int Burst,
    double BurstSeconds,
    int Senders,
    int Repeat,
    int Warmup,
    string Logs,
    double QuietShare,
    TimeSpan QuietWait,
    string? Notes,
    IReadOnlySet<int> Rows,
    string? Attach)
{
    public const string Usage =
        "usage: VpnBot.Bench.Host --host VpnBot.Host.dll --baseline EchoBaseline.dll [--out docs/benchmarks.md] "
        + "[--messages 1000] [--rate 25] [--burst 2000] [--burst-seconds 20] [--senders 64] [--repeat 3] [--warmup 300] "
        + "[--logs artifacts/bench/host] [--quiet-share 0.15] [--quiet-wait 300] [--notes FILE.md] [--rows 1,3] [--attach \"COMMAND with {pid} and {row}\"]";

    public static HostBenchOptions? Parse(IReadOnlyList<string> args)
    {
        string? host = null, baseline = null, output = "docs/benchmarks.md", logs = "artifacts/bench/host", attach = null, notes = null;
        int messages = 1000, burst = 2000, senders = 64, repeat = 3, warmup = 300;
        double rate = 25, burstSeconds = 20, quietShare = 0.15, quietWait = 300;
        var rows = new HashSet<int>();
        if (args.Count % 2 != 0)
        {
            return null;
        }

        for (var i = 0; i < args.Count; i += 2)
        {
            var value = args[i + 1];
            var ok = args[i] switch
            {
                "--host" => Set(ref host, value),
                "--baseline" => Set(ref baseline, value),
                "--out" => Set(ref output, value),
                "--logs" => Set(ref logs, value),
                "--attach" => Set(ref attach, value),
                "--rows" => Numbers(value, rows),
                "--notes" => Set(ref notes, value),
                "--messages" => Positive(value, ref messages),
                "--rate" => Positive(value, ref rate),
                "--burst" => Positive(value, ref burst),
                "--burst-seconds" => Positive(value, ref burstSeconds),
                "--senders" => Positive(value, ref senders),
                "--warmup" => Positive(value, ref warmup),
                "--repeat" => Positive(value, ref repeat),
                "--quiet-share" => Share(value, ref quietShare),
                "--quiet-wait" => Positive(value, ref quietWait),
                _ => false,
            };
            if (!ok)
            {
                return null;
            }
        }

        return host is not null && File.Exists(host) && baseline is not null && File.Exists(baseline) && (notes is null || File.Exists(notes))
            ? new HostBenchOptions(Path.GetFullPath(host), Path.GetFullPath(baseline), output!, messages, rate, burst, burstSeconds, senders, repeat, warmup, logs!, quietShare, TimeSpan.FromSeconds(quietWait), notes, rows, attach)
            : null;
    }
}
