using Microsoft.Extensions.Logging;
using VpnBot.Cli.Binding;
using VpnBot.Cli.CommandLine;
using VpnBot.Cli.Hosting;
using VpnBot.Cli.Localization;
using VpnBot.Cli.Rendering;
using VpnBot.Diagnostics.Localization;
using VpnBot.Diagnostics.Reporting;

namespace VpnBot.Cli.Commands;

/// <summary>
/// <c>vpnbot check</c>: validates the endpoint, runs every applicable check under the deadline with the
/// same <see cref="EndpointChecker"/> the bot uses, prints the report and exits with its status.
/// </summary>
internal sealed partial class CheckCommand(EndpointChecker checker, CliConsole console, CliEnvironment environment, TimeProvider time, ILogger<CheckCommand> logger)
{
    public async Task<int> RunAsync(CheckArguments arguments, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var bound = CheckRequestBinder.Bind(arguments);
        if (bound.Request is not { } request)
        {
            ErrorLine.Write(console.Error, ErrorLine.For(bound.Errors, language));
            return ExitCodes.Unknown;
        }

        var plan = checker.Plan(request.Target);
        LogPlanned(request.Target.Fqdn, plan.Units.Count, (long)request.Deadline.TotalMilliseconds);
        var ansi = ConsoleFactory.Create(console);
        var live = !arguments.Json && console.OutputIsTerminal && ansi.Profile.Capabilities.Ansi;
        CheckReport report;
        try
        {
            report = live
                ? await new LiveProgress(ansi, language, time).RunAsync(plan, (onFinding, ct) => checker.RunAsync(plan, request.Deadline, environment.MachineName, onFinding, ct), cancellationToken)
                : await checker.RunAsync(plan, request.Deadline, environment.MachineName, cancellationToken: cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            ErrorLine.Write(console.Error, Texts.In(language, nameof(CliText.Cancelled)));
            return ExitCodes.Unknown;
        }

        if (arguments.Json)
        {
            await console.Out.WriteLineAsync(ReportJson.Serialize(report, language));
            await console.Out.FlushAsync(cancellationToken);
        }
        else
        {
            ReportView.Write(ansi, report, language, console.OutputIsTerminal);
        }

        return ExitCodes.From(report.Status);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Checking {Fqdn}: {Units} units planned, deadline {DeadlineMs} ms")]
    private partial void LogPlanned(string fqdn, int units, long deadlineMs);
}
