using System.Runtime.InteropServices;
using VpnBot.Bench.Agents;

var options = AgentBenchOptions.Parse(args);
if (options is null)
{
    await Console.Error.WriteLineAsync(AgentBenchOptions.Usage);
    return 3;
}

// Ctrl+C and SIGTERM stop the run the same way: the host and agents of the current part are killed on the way out.
using var cancel = new CancellationTokenSource();
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

try
{
    var started = TimeProvider.System.GetTimestamp();
    var machine = await MachineFacts.ReadAsync(cancel.Token);
    await using var connector = await Connector.StartAsync(cancel.Token);
    var results = await AllRuns.RunAsync(options, connector, cancel.Token);
    var notes = options.Notes is { } file ? await File.ReadAllTextAsync(file, cancel.Token) : null;
    var section = AgentsReport.Render(machine, options, results, notes, TimeProvider.System.GetElapsedTime(started));
    var existing = File.Exists(options.Output) ? await File.ReadAllTextAsync(options.Output, cancel.Token) : string.Empty;
    await File.WriteAllTextAsync(options.Output, new DocsSection("agents").Replace(existing, section), cancel.Token);
    await Console.Error.WriteLineAsync($"wrote the Agents section of {options.Output}");
    return 0;
}
catch (OperationCanceledException) when (cancel.IsCancellationRequested)
{
    await Console.Error.WriteLineAsync("stopped; the host and agent processes were killed");
    return 130;
}

void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    cancel.Cancel();
}
