using Microsoft.Extensions.Logging;
using VpnBot.Cli.Hosting;

namespace VpnBot.Cli.Logging;

/// <summary>
/// The log level, from the standard .NET key <c>Logging:LogLevel:Default</c> as an environment variable
/// (<c>Logging__LogLevel__Default=Debug</c>). Warnings and errors by default.
/// </summary>
internal static class LogLevels
{
    public const string Variable = "Logging__LogLevel__Default";

    public static LogLevel From(CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return Enum.TryParse<LogLevel>(environment.Variable(Variable), ignoreCase: true, out var level) && Enum.IsDefined(level)
            ? level
            : LogLevel.Warning;
    }
}
