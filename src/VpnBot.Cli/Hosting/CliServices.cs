using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VpnBot.Cli.Commands;
using VpnBot.Cli.Logging;
using VpnBot.Diagnostics.DependencyInjection;

namespace VpnBot.Cli.Hosting;

/// <summary>
/// The CLI's composition: the diagnostics core exactly as the bot registers it, plus the commands.
/// <see cref="Build"/> takes extra registrations, which run last and so can replace anything (tests put
/// fake checks there).
/// </summary>
internal static class CliServices
{
    public static ServiceProvider Build(CliConsole console, CliEnvironment environment, Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection().AddVpnBotCli(console, environment);
        configure?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public static IServiceCollection AddVpnBotCli(this IServiceCollection services, CliConsole console, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(environment);
        var level = LogLevels.From(environment);
        services.AddSingleton(console);
        services.AddSingleton(environment);
        services.AddLogging(logging => logging
            .ClearProviders()
            .SetMinimumLevel(level)
            .AddProvider(new StderrLoggerProvider(console.Error, level)));
        services.AddVpnDiagnostics();
        services.AddSingleton<CheckCommand>();
        services.AddSingleton<ExplainCommand>();
        return services;
    }
}
