using System.Net;
using Microsoft.Extensions.DependencyInjection;
using VpnBot.Diagnostics.Configuration;
using VpnBot.Diagnostics.DependencyInjection;
using VpnBot.Diagnostics.Diagnosis;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;
using VpnBot.Diagnostics.Reporting;

namespace VpnBot.Integration.Tests.Checks.Dns;

/// <summary>
/// The real core aimed at the lab's DNS servers, composed and driven the way the CLI drives it: settings
/// validated by <see cref="CheckTargetFactory"/>, the named checks planned and run by the
/// <see cref="EndpointChecker"/> under one deadline, the findings diagnosed.
/// </summary>
internal static class DnsRun
{
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Runs <paramref name="checks"/> for <paramref name="endpoint"/>. The test's token is cut off a little after
    /// the deadline: the runner must end the report by then, so a hang fails the test rather than holding it.
    /// </summary>
    public static async Task<CheckReport> RunAsync(
        EndpointOptions endpoint, IReadOnlyCollection<string> checks, ThresholdOptions? thresholds = null, TimeSpan? deadline = null)
    {
        var created = CheckTargetFactory.Create(endpoint, thresholds ?? new ThresholdOptions(), ArgumentNames.CommandLine);
        Assert.True(created.Target is not null, string.Join("; ", created.Errors.Select(e => e.Message(Language.English))));
        await using var services = new ServiceCollection().AddLogging().AddVpnDiagnostics().BuildServiceProvider();
        var checker = services.GetRequiredService<EndpointChecker>();
        var plan = checker.Plan(created.Target, checks.Contains);
        Assert.NotEmpty(plan.Units);

        var limit = deadline ?? Deadline;
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        bounded.CancelAfter(limit + TimeSpan.FromSeconds(10));
        return await checker.RunAsync(plan, limit, "integration-tests", cancellationToken: bounded.Token);
    }

    /// <summary>An endpoint named <paramref name="fqdn"/> with the given internal servers.</summary>
    public static EndpointOptions Endpoint(string fqdn, params IPEndPoint[] internalDns)
    {
        var endpoint = new EndpointOptions { Fqdn = fqdn };
        foreach (var server in internalDns)
        {
            endpoint.InternalDns.Add(server.ToString());
        }

        return endpoint;
    }

    /// <summary>The one finding of <paramref name="check"/> about <paramref name="subject"/>.</summary>
    public static Finding Finding(this CheckReport report, string check, string subject) =>
        Assert.Single(report.Findings, f => f.Check == check && f.Subject == subject);

    /// <summary>The one finding of <paramref name="check"/>.</summary>
    public static Finding Finding(this CheckReport report, string check) =>
        Assert.Single(report.Findings, f => f.Check == check);

    /// <summary>The first-ranked cause, with the whole diagnosis in the failure message.</summary>
    public static Cause FirstCause(this CheckReport report)
    {
        Assert.True(report.Diagnosis.Count > 0, Describe(report));
        return report.Diagnosis[0];
    }

    /// <summary>The report as text for failure messages: every finding with its evidence, then the ranked causes.</summary>
    public static string Describe(CheckReport report)
    {
        var findings = report.Findings.Select(f =>
            $"{f.Check} {f.Subject} {f.Status} [{string.Join(",", f.ErrorCodes)}] {string.Join("; ", f.Evidence.Select(e => $"{e.Key}={e.Value}"))}");
        var causes = report.Diagnosis.Select(c => $"{c.Id} {c.Score} [{string.Join(",", c.ErrorCodes)}] from {string.Join(",", c.Checks)}");
        return string.Join("\n", findings.Append("--").Concat(causes));
    }
}
