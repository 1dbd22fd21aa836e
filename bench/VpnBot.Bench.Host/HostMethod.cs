using System.Globalization;
using System.Text;

namespace VpnBot.Bench.Host;

/// <summary>The method paragraph of the section: what ran, what was sent, what was timed.</summary>
internal static class HostMethod
{
    public static void Write(StringBuilder md, HostBenchOptions options, IReadOnlyList<RowResult> rows)
    {
        var size = rows.SelectMany(r => r.Outcomes).Select(o => o.Message.Body.Length).DefaultIfEmpty(0).Average();
        var scheduled = rows.Where(r => r.Scenario.Interval is not null).ToList();
        var lag = scheduled.Count == 0 ? TimeSpan.Zero : scheduled.Max(r => Stats.Percentile(r.SendLag, 0.99));
        var benchShare = rows.Sum(r => r.BenchCpu.TotalMilliseconds) / Math.Max(1, rows.Sum(r => r.BotCpu.TotalMilliseconds + r.BenchCpu.TotalMilliseconds));

        md.AppendLine("### Method");
        md.AppendLine();
        md.AppendLine("- **VpnBot host**: `dotnet src/VpnBot.Host/bin/Release/net10.0/VpnBot.Host.dll --urls http://127.0.0.1:PORT`, environment Production, no `MicrosoftAppId` (the local connector needs no token), configured by environment variables: one endpoint (`Vpn__Endpoints__0__…`) whose probes meet closed loopback ports, one allowed tenant, one IT admin who is none of the senders (so every sender is an employee), SQLite in a fresh temporary folder (`Vpn__Bot__Storage__DataFolder`), `Logging__LogLevel__Default=Warning`.");
        md.AppendLine("- **Echo baseline**: `bench/EchoBaseline`, the SDK's own echo sample (CloudAdapter, an ActivityHandler that answers every message with a text, a controller at `/api/messages`) with the same process settings: what the Bot Framework SDK alone costs per message.");
        var repeat = options.Repeat == 1 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" Each scenario runs {options.Repeat} times against each bot, the two bots taking turns; a goal is judged on every run, since a machine this small shows run-to-run spread near its limit.");
        var fresh = string.Create(CultureInfo.InvariantCulture, $"- Every row starts a fresh bot process, sends {options.Warmup} unmeasured warm-up messages of the same kind from 50 other users (8 senders back to back), waits 1 s, then sends the measured messages.");
        md.AppendLine(fresh + repeat);
        md.AppendLine(CultureInfo.InvariantCulture, $"- Messages are Teams personal-chat message activities as Teams posts them (channel `msteams`, the tenant in `channelData`, a `clientInfo` entity, a `serviceUrl` pointing at the connector), {size:F0} bytes on average, posted over HTTP/1.1 on loopback. Scheduled rows send open-loop: message *i* leaves at start + *i* × interval whether or not earlier ones were answered (the sender's own lag behind the schedule stayed under {HostReport.Ms(lag)} at p99).");
        md.AppendLine("- The **connector** stands in for Teams' Bot Connector service inside the benchmark process (Kestrel on 127.0.0.1, a random port). The first reply to a message is the bot's `POST /v3/conversations/{id}/activities/{replyToId}` for it; its time is taken when the request reaches the handler, before the body is read. The connector answers at once with an activity id, as the service does.");
        md.AppendLine("- **Time to first reply**: from just before the POST to `/api/messages` to the first reply's arrival at the connector. **Acknowledged**: HTTP 200 from `/api/messages` *and* a reply at the connector. Times come from `TimeProvider.System` timestamps (monotonic); percentiles are nearest-rank.");
        md.AppendLine(CultureInfo.InvariantCulture, $"- **Steady rows**: {options.Messages:N0} messages at {options.Rate:0.#}/s, 100 users (each a personal chat) in turn. **Burst rows**: {options.Burst:N0} messages, each from a different user in a personal chat the bot has not seen (so each stores a new conversation reference), alternately \"VPN won't connect\" (en-US) and \"VPNにつながらない\" (ja-JP); evenly over {Scenarios.GoalBurstSeconds:0.#} s (the window the goal names), evenly over {options.BurstSeconds:0.#} s (three times the rate), and as fast as {options.Senders} senders sending back to back allow.");
        md.AppendLine("- **Memory** is the bot process's resident set from `/proc/PID/status`: VmHWM (the peak over the process's whole life, start-up and warm-up included) and VmRSS at the end of the row. **Bot CPU per message** is the process's user + system time over the measured messages divided by their number (in brackets: the cores it kept busy on average; at low rates this includes the runtime's thread-pool spinning between messages).");
        var shared = string.Create(CultureInfo.InvariantCulture, $"- Bot, senders and connector run on the same machine and share its cores: the benchmark process used {benchShare:P0} of the CPU time the two processes used during the measured messages. **Other processes** is the share of the machine's cores that every other process used meanwhile (from `/proc/stat`): the machine is not reserved for the benchmark, and a row with a high share ran beside other work.");
        md.AppendLine(shared + Quiet(options, rows));
        md.AppendLine();
    }

    private static string Quiet(HostBenchOptions options, IReadOnlyList<RowResult> rows)
    {
        if (options.QuietShare <= 0)
        {
            return string.Empty;
        }

        var noisy = rows.Count(r => r.OtherShareBefore >= options.QuietShare);
        return string.Create(CultureInfo.InvariantCulture, $" Each row's bot started only once other processes had used less than {options.QuietShare:P0} of the cores for 2 s (waiting at most {options.QuietWait.TotalMinutes:0.#} min)")
            + (noisy == 0 ? "." : string.Create(CultureInfo.InvariantCulture, $"; {noisy} of {rows.Count} rows started after that wait ran out."));
    }
}
