using Microsoft.Extensions.DependencyInjection;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Configuration;
using VpnBot.Diagnostics.DependencyInjection;
using VpnBot.Diagnostics.Diagnosis;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;
using VpnBot.Diagnostics.Reporting;
using VpnBot.Lab.Topology;

namespace VpnBot.Integration.Tests.Checks.Certificates;

/// <summary>
/// The five <c>cert.*</c> checks of the real core, aimed at one of the lab's TLS endpoints (or given one of its
/// PEM files) the way <c>vpnbot check vpn.example.local --address A --protocols … --ca lab-ca.pem</c> aims them.
/// </summary>
internal static class CertificateRun
{
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(5);

    public static readonly string[] Checks =
        [CheckIds.CertExpiry, CheckIds.CertName, CheckIds.CertChain, CheckIds.CertEku, CheckIds.CertRevocation];

    /// <summary>SSTP is what lets a probe see the certificate (the TLS handshake on 443); IKEv2 is what asks for the IKE EKU.</summary>
    public static readonly string[] SstpAndIkev2 = ["Sstp", "Ikev2"];

    /// <summary>The endpoint <c>vpnbot</c> would build for the lab's VPN name dialled at <paramref name="tls"/>'s address.</summary>
    public static EndpointOptions OverTls(TlsTopology topology, TlsEndpoint tls, IEnumerable<string> protocols, params string[] trustedRoots)
    {
        var endpoint = new EndpointOptions { Fqdn = topology.ServerName, Address = tls.Address.ToString() };
        endpoint.Ports.Sstp = tls.Endpoint.Port;
        Add(endpoint.Protocols, protocols);
        Add(endpoint.TrustedRoots, trustedRoots);
        return endpoint;
    }

    /// <summary>The endpoint for <c>--cert FILE</c>: the file is checked, nothing is dialled.</summary>
    public static EndpointOptions FromFile(TlsTopology topology, string certificateFile, IEnumerable<string> protocols, params string[] trustedRoots)
    {
        var endpoint = new EndpointOptions { Fqdn = topology.ServerName, Certificate = certificateFile };
        Add(endpoint.Protocols, protocols);
        Add(endpoint.TrustedRoots, trustedRoots);
        return endpoint;
    }

    /// <summary>Runs the certificate checks; the test's token is cut off shortly after the deadline so a hang fails the test.</summary>
    public static async Task<CheckReport> RunAsync(EndpointOptions endpoint, ThresholdOptions? thresholds = null)
    {
        var created = CheckTargetFactory.Create(endpoint, thresholds ?? new ThresholdOptions(), ArgumentNames.CommandLine);
        Assert.True(created.Target is not null, string.Join("; ", created.Errors.Select(e => e.Message(Language.English))));
        await using var services = new ServiceCollection().AddLogging().AddVpnDiagnostics().BuildServiceProvider();
        var checker = services.GetRequiredService<EndpointChecker>();
        var plan = checker.Plan(created.Target, Checks.Contains);
        Assert.Equal(Checks.Length, plan.Units.Count);

        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        bounded.CancelAfter(Deadline + TimeSpan.FromSeconds(10));
        return await checker.RunAsync(plan, Deadline, "integration-tests", cancellationToken: bounded.Token);
    }

    /// <summary>The findings by check id (one unit per check).</summary>
    public static IReadOnlyDictionary<string, Finding> ByCheck(this CheckReport report) =>
        report.Findings.ToDictionary(f => f.Check, StringComparer.Ordinal);

    /// <summary>Statuses in <see cref="Checks"/> order, one letter each (P pass, W warn, F fail, S skip, E error), to compare at a glance.</summary>
    public static string Letters(this CheckReport report)
    {
        var findings = report.ByCheck();
        return string.Concat(Checks.Select(id => findings[id].Status switch
        {
            CheckStatus.Pass => 'P',
            CheckStatus.Warn => 'W',
            CheckStatus.Fail => 'F',
            CheckStatus.Skip => 'S',
            _ => 'E',
        }));
    }

    /// <summary>The first-ranked cause, with the whole report in the failure message.</summary>
    public static Cause FirstCause(this CheckReport report)
    {
        Assert.True(report.Diagnosis.Count > 0, Describe(report));
        return report.Diagnosis[0];
    }

    /// <summary>The report as text for failure messages.</summary>
    public static string Describe(CheckReport report)
    {
        var findings = report.Findings.Select(f =>
            $"{f.Check} {f.Subject} {f.Status} [{string.Join(",", f.ErrorCodes)}] {f.Summary[Language.English]} | {string.Join("; ", f.Evidence.Select(e => $"{e.Key}={e.Value}"))}");
        var causes = report.Diagnosis.Select(c => $"{c.Id} {c.Score} [{string.Join(",", c.ErrorCodes)}] from {string.Join(",", c.Checks)}");
        return string.Join("\n", findings.Append("--").Concat(causes));
    }

    private static void Add(IList<string> list, IEnumerable<string> values)
    {
        foreach (var value in values)
        {
            list.Add(value);
        }
    }
}
