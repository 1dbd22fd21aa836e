using System.Net;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;

namespace VpnBot.Diagnostics.Tests.Probes.Pptp;

/// <summary>Runs the one unit a probe plans for a target, as the runner would, within a budget.</summary>
public static class ProbeHarness
{
    public static CheckTarget Target(IPAddress address, VpnPorts ports, VpnProtocols protocols = VpnProtocols.All) => new()
    {
        Name = "lab",
        Fqdn = "vpn.example.local",
        Address = address,
        Ports = ports,
        Protocols = protocols,
    };

    /// <summary>Asserts the status, showing the summary and evidence when it differs.</summary>
    public static void HasStatus(CheckStatus expected, Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        Assert.True(expected == finding.Status, $"expected {expected}, got {finding.Status}: {finding.Summary.En} [{string.Join(", ", finding.Evidence.Select(e => $"{e.Key}={e.Value}"))}]");
    }

    /// <summary>Asserts the <c>outcome</c> evidence, showing the summary and evidence when it differs.</summary>
    public static void HasOutcome(string expected, Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var actual = finding.Evidence.TryGetValue(Diagnostics.Probes.ProbeOutcome.Key, out var outcome) ? outcome : null;
        Assert.True(expected == actual, $"expected outcome {expected}, got {actual}: {finding.Summary.En} [{string.Join(", ", finding.Evidence.Select(e => $"{e.Key}={e.Value}"))}]");
    }

    public static CheckTarget Loopback(VpnPorts ports) => Target(IPAddress.Loopback, ports);

    public static async Task<Finding> RunAsync(ICheck check, CheckTarget target, TimeSpan budget)
    {
        var unit = Assert.Single(check.Plan(target));
        var context = CheckContext.Create(target, TimeProvider.System, budget, TestContext.Current.CancellationToken);
        var finding = await unit.Run(context, TestContext.Current.CancellationToken);
        // As the runner does at the end of a run: what shared work left open (a control connection) is closed.
        await context.DisposeSharedAsync();
        Assert.Equal(check.Id, finding.Check);
        Assert.Equal(unit.Subject, finding.Subject);
        return finding;
    }
}
