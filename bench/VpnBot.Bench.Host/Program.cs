using System.Runtime.InteropServices;
using VpnBot.Bench.Host;

var options = HostBenchOptions.Parse(args);
if (options is null)
{
    await Console.Error.WriteLineAsync(HostBenchOptions.Usage);
    return 3;
}

// Ctrl+C and SIGTERM stop the run the same way: the bot process of the current row is killed on the way out.
using var cancel = new CancellationTokenSource();
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

try
{
    var machine = await MachineFacts.ReadAsync(cancel.Token);
    await using var connector = await ConnectorStandIn.StartAsync(Scenarios.Markers, cancel.Token);
    var rows = await AllRows.RunAsync(options, connector, cancel.Token);
    var notes = options.Notes is { } file ? await File.ReadAllTextAsync(file, cancel.Token) : null;
    var section = HostReport.Render(machine, options, rows, notes);
    var existing = File.Exists(options.Output) ? await File.ReadAllTextAsync(options.Output, cancel.Token) : string.Empty;
    await File.WriteAllTextAsync(options.Output, new DocsSection("bot-host").Replace(existing, section), cancel.Token);
    await Console.Error.WriteLineAsync($"wrote the Bot host section of {options.Output}");
    return 0;
}
catch (OperationCanceledException) when (cancel.IsCancellationRequested)
{
    await Console.Error.WriteLineAsync("stopped; the bot processes were killed");
    return 130;
}

void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    cancel.Cancel();
}
