using System.Runtime.InteropServices;
using VpnBot.Bench;
using VpnBot.Lab;

var options = BenchOptions.Parse(args);
if (options is null)
{
    await Console.Error.WriteLineAsync(BenchOptions.Usage);
    return 3;
}

// Ctrl+C and SIGTERM stop the run the same way, so the lab is always torn down.
using var cancel = new CancellationTokenSource();
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

await using var lab = await VpnLab.StartAsync(cancel.Token);
var machine = await MachineFacts.ReadAsync(cancel.Token);
var results = new List<ScenarioResult>();
foreach (var scenario in Scenarios.Create(lab.Topology))
{
    await Console.Error.WriteLineAsync($"== {scenario.Name}");
    results.Add(await ScenarioRun.RunAsync(scenario, options, cancel.Token));
}

var markdown = BenchReport.Render(machine, options, lab.Topology, results);
var previous = File.Exists(options.Output) ? await File.ReadAllTextAsync(options.Output, cancel.Token) : string.Empty;
await File.WriteAllTextAsync(options.Output, markdown + KeptSection.From(previous), cancel.Token);
await Console.Error.WriteLineAsync($"wrote {options.Output}");
return 0;

void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    cancel.Cancel();
}
