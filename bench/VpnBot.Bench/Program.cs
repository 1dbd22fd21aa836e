using VpnBot.Bench;
using VpnBot.Lab;

var options = BenchOptions.Parse(args);
if (options is null)
{
    await Console.Error.WriteLineAsync(BenchOptions.Usage);
    return 3;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

await using var lab = await VpnLab.StartAsync(cancel.Token);
var machine = await MachineFacts.ReadAsync(cancel.Token);
var results = new List<ScenarioResult>();
foreach (var scenario in Scenarios.Create(lab.Topology))
{
    await Console.Error.WriteLineAsync($"== {scenario.Name}");
    results.Add(await ScenarioRun.RunAsync(scenario, options, cancel.Token));
}

var markdown = BenchReport.Render(machine, options, lab.Topology, results);
await File.WriteAllTextAsync(options.Output, markdown, cancel.Token);
await Console.Error.WriteLineAsync($"wrote {options.Output}");
return 0;
