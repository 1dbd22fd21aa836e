using System.Globalization;
using System.Text;
using VpnBot.Lab.Topology;

namespace VpnBot.Bench;

/// <summary>Writes docs/benchmarks.md: the machine, the method, the numbers and the goals met or missed.</summary>
public static class BenchReport
{
    public static string Render(MachineFacts machine, BenchOptions options, LabTopology lab, IReadOnlyList<ScenarioResult> results)
    {
        ArgumentNullException.ThrowIfNull(machine);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(results);
        var md = new StringBuilder();
        md.AppendLine("# Benchmarks");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Written by `bench/run.sh` on {TimeProvider.System.GetUtcNow():yyyy-MM-dd HH:mm} UTC. Every number below comes from that one run.");
        md.AppendLine();
        Machine(md, machine);
        Method(md, options, lab);
        foreach (var result in results)
        {
            Scenario(md, result);
        }

        Notes(md);
        return md.ToString();
    }

    private static void Machine(StringBuilder md, MachineFacts machine)
    {
        md.AppendLine("## Machine");
        md.AppendLine();
        md.AppendLine("| | |");
        md.AppendLine("|---|---|");
        md.AppendLine(CultureInfo.InvariantCulture, $"| CPU | {machine.Cpu}, {machine.Cores} cores |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| Memory | {machine.Memory} |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| OS | {machine.Os}, kernel {machine.Kernel} |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| .NET (benchmark host) | {machine.Runtime} |");
        foreach (var (tool, version) in machine.Tools)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {tool} | {version} |");
        }

        md.AppendLine();
    }

    private static void Method(StringBuilder md, BenchOptions options, LabTopology lab)
    {
        md.AppendLine("## Method");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"- The real-network lab (`tests/VpnBot.Lab`) runs BIND, unbound, strongSwan, xl2tpd, pptpd and `openssl s_server` in network namespaces on this machine (started in {lab.StartupTime.TotalMilliseconds:F0} ms); the benchmark process sits on the lab's bridge, like an administrator's workstation next to the servers.");
        md.AppendLine("- **vpnbot**: the native `vpnbot` executable (`dotnet publish src/VpnBot.Cli -c Release -r linux-x64`, Native AOT), run as a fresh process each time with `check … --json` and the default 5 s deadline. One unmeasured warm-up run, then "
            + options.Runs.ToString(CultureInfo.InvariantCulture) + " measured runs per row.");
        md.AppendLine("- **Sequential tools**: the commands an administrator would type to check the same things by hand, one after another, each with its default timeouts: `dig` per server and record type (+time=5, +tries=3: 15 s per query to a silent server), `ike-scan` for IKEv2, IKEv1 Main Mode and NAT-T (3 tries, 500 ms ×1.5), `openssl s_client` for the certificate (a dropped port waits for the kernel's TCP SYN retries, about 127 s), `nc -z` for PPTP's TCP 1723. The commands are listed per scenario below. "
            + options.ToolRuns.ToString(CultureInfo.InvariantCulture) + " rounds on the healthy endpoint, " + options.SlowToolRuns.ToString(CultureInfo.InvariantCulture) + " on the broken one (each round takes minutes there).");
        md.AppendLine("- **Time** is wall-clock time from process start to exit, measured by the benchmark process; for the tools, the sum of their steps. **Peak memory** is the maximum resident set size GNU `time` reports; for the tools, the largest single step. vpnbot's own `durationMs` (check work without process start-up) is shown beside it.");
        md.AppendLine("- vpnbot does more than the tools: it also asks the resolver and the second server for SOA serials and PTR, follows CNAMEs, sends L2TP SCCRQ and SSTP_DUPLEX_POST, validates the chain, EKU and revocation data, and diagnoses.");
        md.AppendLine();
    }

    private static void Scenario(StringBuilder md, ScenarioResult result)
    {
        var scenario = result.Scenario;
        md.AppendLine(CultureInfo.InvariantCulture, $"## {char.ToUpperInvariant(scenario.Name[0])}{scenario.Name[1..]} endpoint");
        md.AppendLine();
        md.AppendLine(scenario.Description);
        md.AppendLine();
        md.AppendLine("| run | median | p90 | min | max | vpnbot durationMs (median) | peak memory | report status |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---|");
        foreach (var run in result.Vpnbot)
        {
            var walls = run.Samples.Select(s => s.Wall).ToList();
            var statuses = string.Join(", ", run.Statuses.Distinct());
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {run.Run.Label} | {Ms(Stats.Median(walls))} | {Ms(Stats.Percentile(walls, 0.9))} | {Ms(walls.Min())} | {Ms(walls.Max())} | {Stats.Median(run.ReportedDurationsMs.Select(d => TimeSpan.FromMilliseconds(d))).TotalMilliseconds:F0} ms | {Mb(Stats.Max(run.Samples.Select(s => s.MaxRssKb)))} | {statuses} |");
        }

        var totals = result.Tools.Totals;
        md.AppendLine(CultureInfo.InvariantCulture,
            $"| sequential tools ({scenario.Tools.Count} commands) | {Ms(Stats.Median(totals))} | {Ms(Stats.Percentile(totals, 0.9))} | {Ms(totals.Min())} | {Ms(totals.Max())} | – | {Mb(Stats.Max(result.Tools.PeakRssKb))} | – |");
        md.AppendLine();
        Goals(md, result);
        md.AppendLine("<details><summary>The sequential commands and their median times</summary>");
        md.AppendLine();
        md.AppendLine("| step | command | median |");
        md.AppendLine("|---|---|---:|");
        foreach (var step in scenario.Tools)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {step.Label} | `{step.CommandLine}` | {Ms(Stats.Median(result.Tools.Steps[step.Label]))} |");
        }

        md.AppendLine();
        md.AppendLine("</details>");
        md.AppendLine();
    }

    private static void Goals(StringBuilder md, ScenarioResult result)
    {
        var full = result.Vpnbot[0];
        var vpnbotMedian = Stats.Median(full.Samples.Select(s => s.Wall));
        var toolsMedian = Stats.Median(result.Tools.Totals);
        var ratio = toolsMedian / vpnbotMedian;
        if (result.Scenario.SlowTools)
        {
            var limit = result.Scenario.Deadline + TimeSpan.FromMilliseconds(500);
            var worst = full.Samples.Max(s => s.Wall);
            md.AppendLine(CultureInfo.InvariantCulture, $"- Goal: the full report within the deadline + 0.5 s ({Ms(limit)}): slowest of {full.Samples.Count} runs {Ms(worst)} — **{(worst <= limit ? "met" : "not met")}**.");
            md.AppendLine(CultureInfo.InvariantCulture, $"- Goal: at least 5× sooner than the sequential tools: {ratio:F1}× (median against median) — **{(ratio >= 5 ? "met" : "not met")}**.");
        }
        else
        {
            foreach (var run in result.Vpnbot)
            {
                var median = Stats.Median(run.Samples.Select(s => s.Wall));
                md.AppendLine(CultureInfo.InvariantCulture,
                    $"- Goal: no slower than the sequential tools — {run.Run.Label}: {Ms(median)} against {Ms(toolsMedian)} ({toolsMedian / median:F1}× the tools' speed): **{(median <= toolsMedian ? "met" : "not met")}**.");
            }
        }

        md.AppendLine();
    }

    private static void Notes(StringBuilder md)
    {
        md.AppendLine("## Notes");
        md.AppendLine();
        md.AppendLine("- The lab has no working SSTP server: Debian 12's only one (SoftEther 5.01.9674) never answers `SSTP_DUPLEX_POST`, and `openssl s_server` is not an SSTP listener. With SSTP offered, `sstp.listener` therefore waits for an HTTP answer that never comes, bounded by the handshake's pace (ten handshakes, at least 500 ms); that wait is most of vpnbot's time on the healthy endpoint. The row with `--protocols ikev2,l2tp,pptp` shows the same endpoint without it.");
        md.AppendLine("- The broken endpoint's `openssl s_client` step is bounded only by the kernel's TCP SYN retries (`net.ipv4.tcp_syn_retries`), which is what an administrator meets without an explicit timeout.");
        md.AppendLine("- Re-run with `bench/run.sh` (root; it starts and stops its own lab).");
    }

    private static string Ms(TimeSpan span) => span.TotalMilliseconds >= 10_000
        ? string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds:F1} s")
        : string.Create(CultureInfo.InvariantCulture, $"{span.TotalMilliseconds:F0} ms");

    private static string Mb(long kb) => string.Create(CultureInfo.InvariantCulture, $"{kb / 1024.0:F1} MB");
}
