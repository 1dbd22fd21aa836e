using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VpnBot.Cli.CommandLine;
using VpnBot.Cli.Commands;
using VpnBot.Cli.Hosting;
using VpnBot.Cli.Localization;
using VpnBot.Cli.Rendering;
using VpnBot.Diagnostics.Input;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Cli;

/// <summary>
/// The whole command: picks the language, parses, reports bad input as one line with exit status 3,
/// and runs <c>check</c> or <c>explain</c> on the composed services.
/// </summary>
internal static partial class CliApp
{
    /// <param name="args">The command line.</param>
    /// <param name="console">Where output and errors go.</param>
    /// <param name="environment">Machine name, culture and environment variables.</param>
    /// <param name="configure">Extra service registrations, applied after the CLI's own.</param>
    /// <param name="cancellationToken">Stops a running check.</param>
    public static async Task<int> RunAsync(
        IReadOnlyList<string> args,
        CliConsole console,
        CliEnvironment environment,
        Action<IServiceCollection>? configure = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(environment);
        var language = LanguageSelection.FromEnvironment(environment);
        var culture = CultureInfo.CurrentUICulture;
        ServiceProvider? services = null;
        try
        {
            var probe = new CommandTree(language);
            var flag = probe.LangValue(probe.Parse(args));
            var selected = LanguageSelection.Select(flag, environment);
            if (!selected.Ok)
            {
                ErrorLine.Write(console.Error, new InputError(LanguageSelection.OptionName, flag!, selected.Expected).Message(language));
                return ExitCodes.Unknown;
            }

            language = selected.Value;
            var tree = new CommandTree(language);
            var parsed = tree.Parse(args);
            if (parsed.Errors.Count > 0)
            {
                ErrorLine.Write(console.Error, ParseErrorMessages.Describe(parsed, tree, language));
                return ExitCodes.Unknown;
            }

            // The command-line library words its help headings in the UI culture.
            CultureInfo.CurrentUICulture = language.Culture();
            services = CliServices.Build(console, environment, configure);
            var provider = services;
            tree.Check.Command.SetAction((result, ct) =>
                provider.GetRequiredService<CheckCommand>().RunAsync(tree.Check.Read(result), language, ct));
            tree.Explain.Command.SetAction((result, ct) =>
                provider.GetRequiredService<ExplainCommand>().RunAsync(result.GetRequiredValue(tree.Explain.Code), result.GetValue(tree.Explain.Json), language, ct));

            return await parsed.InvokeAsync(
                new InvocationConfiguration
                {
                    Output = console.Out,
                    Error = console.Error,
                    EnableDefaultExceptionHandler = false,
                    ProcessTerminationTimeout = null,
                },
                cancellationToken);
        }
#pragma warning disable CA1031 // The process boundary: whatever escapes becomes one line and exit status 3, never a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            var logger = services?.GetService<ILoggerFactory>()?.CreateLogger(typeof(CliApp).FullName!);
            if (logger is not null)
            {
                LogUnexpected(logger, ex);
            }

            ErrorLine.Write(console.Error, Texts.In(language, nameof(CliText.InternalError), ex.GetType().Name));
            return ExitCodes.Unknown;
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
            if (services is not null)
            {
                await services.DisposeAsync();
            }
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Unexpected error")]
    private static partial void LogUnexpected(ILogger logger, Exception exception);
}
