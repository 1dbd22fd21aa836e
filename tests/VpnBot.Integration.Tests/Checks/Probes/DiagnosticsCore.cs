using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Configuration;
using VpnBot.Diagnostics.DependencyInjection;
using VpnBot.Diagnostics.Reporting;

namespace VpnBot.Integration.Tests.Checks.Probes;

/// <summary>
/// The diagnostics core as the CLI builds it (every check, the runner, the diagnosis rules), and targets made the
/// way the CLI makes them: from <see cref="EndpointOptions"/> through <see cref="CheckTargetFactory"/>.
/// </summary>
internal static class DiagnosticsCore
{
    /// <summary>The CLI's default deadline for a whole run.</summary>
    public static readonly TimeSpan Deadline = VpnOptions.DefaultDeadline;

    private static readonly Lazy<ServiceProvider> Services = new(() => new ServiceCollection()
        .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
        .AddVpnDiagnostics()
        .BuildServiceProvider());

    public static EndpointChecker Checker => Services.Value.GetRequiredService<EndpointChecker>();

    /// <summary>A validated target for <c>vpn.example.local</c>, described as a configuration file would.</summary>
    public static CheckTarget Target(Action<EndpointOptions> describe)
    {
        ArgumentNullException.ThrowIfNull(describe);
        var options = new EndpointOptions { Name = "lab", Fqdn = "vpn.example.local" };
        describe(options);
        var result = CheckTargetFactory.Create(options, new ThresholdOptions(), ArgumentNames.CommandLine);
        return result.Target ?? throw new InvalidOperationException(
            $"The lab endpoint is not a valid target: {string.Join("; ", result.Errors.Select(e => $"{e.Argument}={e.Value}: {e.Expected.En}"))}");
    }

    /// <summary>Plans only <paramref name="checks"/> for the target and runs them under the deadline, diagnosis included.</summary>
    public static Task<CheckReport> RunAsync(CheckTarget target, params string[] checks) => RunAsync(target, Deadline, checks);

    public static async Task<CheckReport> RunAsync(CheckTarget target, TimeSpan deadline, params string[] checks)
    {
        var checker = Checker;
        var plan = checker.Plan(target, id => checks.Length == 0 || checks.Contains(id, StringComparer.Ordinal));
        Assert.NotEmpty(plan.Units);
        return await checker.RunAsync(plan, deadline, "integration-tests", cancellationToken: TestContext.Current.CancellationToken);
    }
}
