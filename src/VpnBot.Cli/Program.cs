using VpnBot.Cli;
using VpnBot.Cli.Hosting;

// Everything lives in CliApp so tests run the same entry point with their own writers.
return await CliApp.RunAsync(args, CliConsole.FromProcess(), CliEnvironment.FromProcess());
