using System.Globalization;
using static VpnBot.Bench.Host.OptionValues;

namespace VpnBot.Bench.Agents;

/// <summary>What to run and how much of it.</summary>
/// <param name="HostDll">The built bot host (VpnBot.Host.dll).</param>
/// <param name="AgentDll">The built agent (vpnbot-agent.dll).</param>
/// <param name="CliDll">The built command line (vpnbot.dll), the baseline of the first scenario.</param>
/// <param name="Output">The Markdown file whose "Agents" section is written.</param>
/// <param name="Endpoints">Endpoints one agent checks at once (scenario 1), and CLI runs of the baseline.</param>
/// <param name="Agents">Agents the check fans out to (scenario 2).</param>
/// <param name="Checks">Measured sequential checks with and without those agents (scenario 2).</param>
/// <param name="Warmup">Unmeasured checks before each measured series (scenario 2).</param>
/// <param name="Parallel">CLI processes at a time in the baseline (<c>xargs -P</c>).</param>
/// <param name="Deadline">Vpn:Deadline of host, agents and CLI.</param>
/// <param name="Repeat">How many times each scenario runs, each time with fresh processes.</param>
/// <param name="Logs">Folder for the output of every product process.</param>
/// <param name="QuietShare">Each scenario waits until other processes use less than this share of the cores (0 = never waits).</param>
/// <param name="QuietWait">The longest a scenario waits for that.</param>
/// <param name="Notes">A Markdown file whose text is copied under "Notes" (findings kept by hand).</param>
/// <param name="Parts">Which parts to run: 1 (one agent, many endpoints, and the CLI beside it), 2 (the fan-out); all when empty.</param>
internal sealed record AgentBenchOptions(
    string HostDll,
    string AgentDll,
    string CliDll,
    string Output,
    int Endpoints,
    int Agents,
    int Checks,
    int Warmup,
    int Parallel,
    TimeSpan Deadline,
    int Repeat,
    string Logs,
    double QuietShare,
    TimeSpan QuietWait,
    string? Notes,
    IReadOnlySet<int> Parts)
{
    public const string Usage =
        "usage: VpnBot.Bench.Agents --host VpnBot.Host.dll --agent vpnbot-agent.dll --cli vpnbot.dll [--out docs/benchmarks.md] "
        + "[--endpoints 500] [--agents 10] [--checks 30] [--warmup 5] [--parallel 16] [--deadline 5] [--repeat 3] "
        + "[--logs artifacts/bench/agents] [--quiet-share 0.15] [--quiet-wait 300] [--notes FILE.md] [--parts 1,2]";

    public bool Runs(int part) => Parts.Count == 0 || Parts.Contains(part);

    public static AgentBenchOptions? Parse(IReadOnlyList<string> args)
    {
        string? host = null, agent = null, cli = null, output = "docs/benchmarks.md", logs = "artifacts/bench/agents", notes = null;
        int endpoints = 500, agents = 10, checks = 30, warmup = 5, parallel = 16, repeat = 3;
        double deadline = 5, quietShare = 0.15, quietWait = 300;
        var parts = new HashSet<int>();
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
                "--agent" => Set(ref agent, value),
                "--cli" => Set(ref cli, value),
                "--out" => Set(ref output, value),
                "--logs" => Set(ref logs, value),
                "--notes" => Set(ref notes, value),
                "--endpoints" => Positive(value, ref endpoints),
                "--agents" => Positive(value, ref agents),
                "--checks" => Positive(value, ref checks),
                "--warmup" => Positive(value, ref warmup),
                "--parallel" => Positive(value, ref parallel),
                "--repeat" => Positive(value, ref repeat),
                "--deadline" => Positive(value, ref deadline),
                "--quiet-share" => Share(value, ref quietShare),
                "--quiet-wait" => Positive(value, ref quietWait),
                "--parts" => Numbers(value, parts, max: 2),
                _ => false,
            };
            if (!ok)
            {
                return null;
            }
        }

        // Agent names are chosen by the host (lab-1 … lab-99), and the deadline must be one the product accepts.
        var valid = agents <= 99 && deadline is >= 0.2 and <= 120;
        return valid && Exists(host) && Exists(agent) && Exists(cli) && (notes is null || File.Exists(notes))
            ? new AgentBenchOptions(
                Path.GetFullPath(host!), Path.GetFullPath(agent!), Path.GetFullPath(cli!), output!, endpoints, agents, checks, warmup, parallel,
                TimeSpan.FromSeconds(deadline), repeat, Path.GetFullPath(logs!), quietShare, TimeSpan.FromSeconds(quietWait), notes, parts)
            : null;
    }

    private static bool Exists(string? file) => file is not null && File.Exists(file);
}
