using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Spectre.Console;
using VpnBot.Cli.Hosting;
using VpnBot.Diagnostics.Checks;

namespace VpnBot.Cli.Tests.Support;

/// <summary>Runs <c>vpnbot</c> in-process through the same entry point as Program.cs, with captured writers.</summary>
internal static class InProcess
{
    public const string Vantage = "test-vantage";

    /// <summary>Runs with the given checks in place of the core's (an empty list means no checks at all: nothing touches the network).</summary>
    public static Task<CliRun> RunAsync(string[] args, IEnumerable<ICheck>? checks = null, Action<IServiceCollection>? configure = null, CliOptions? options = null)
    {
        var replaced = checks?.ToList() ?? [];
        return RunRawAsync(args, services =>
        {
            services.RemoveAll<ICheck>();
            foreach (var check in replaced)
            {
                services.AddSingleton(check);
            }

            configure?.Invoke(services);
        }, options);
    }

    /// <summary>Runs with the composition exactly as the executable has it, plus <paramref name="configure"/>.</summary>
    public static async Task<CliRun> RunRawAsync(string[] args, Action<IServiceCollection>? configure, CliOptions? options = null)
    {
        options ??= new CliOptions();
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var console = new CliConsole(output, error, options.Terminal)
        {
            TerminalAnsi = options.Terminal ? AnsiSupport.Yes : AnsiSupport.No,
            Width = options.Width,
        };
        var environment = new CliEnvironment(Vantage, CultureInfo.GetCultureInfo(options.UiCulture), options.Variables);
        var exit = await CliApp.RunAsync(args, console, environment, configure, TestContext.Current.CancellationToken);
        return new CliRun(exit, output.ToString(), error.ToString());
    }
}

/// <summary>The surroundings of an in-process run.</summary>
internal sealed record CliOptions
{
    public string UiCulture { get; init; } = "en-US";

    public IReadOnlyDictionary<string, string> Variables { get; init; } = new Dictionary<string, string>();

    /// <summary>Pretend standard output is an ANSI terminal.</summary>
    public bool Terminal { get; init; }

    /// <summary>Columns to render in; null for the console's default.</summary>
    public int? Width { get; init; }

    public static CliOptions Japanese { get; } = new() { Variables = new Dictionary<string, string> { ["LANG"] = "ja_JP.UTF-8" } };
}
