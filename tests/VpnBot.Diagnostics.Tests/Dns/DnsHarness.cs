using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Dns.Querying;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Runner;

namespace VpnBot.Diagnostics.Tests.Dns;

/// <summary>Runs DNS checks the way the product does: planned and run by the <see cref="CheckRunner"/> under a deadline.</summary>
internal static class DnsHarness
{
    public const string Fqdn = "vpn.example.local";

    public const string Zone = "example.local";

    public static DnsQuerier Querier() => new(TimeProvider.System);

    public static CheckTarget Target(
        IEnumerable<IPEndPoint>? internalDns = null,
        IEnumerable<IPEndPoint>? externalDns = null,
        IEnumerable<IPEndPoint>? resolvers = null,
        IEnumerable<string>? expect = null,
        IEnumerable<string>? expectPublic = null,
        CheckThresholds? thresholds = null,
        string fqdn = Fqdn) => new()
        {
            Name = fqdn,
            Fqdn = fqdn,
            InternalDns = [.. internalDns ?? []],
            ExternalDns = [.. externalDns ?? []],
            Resolvers = [.. resolvers ?? []],
            ExpectAddresses = [.. (expect ?? []).Select(IPAddress.Parse)],
            PublicAddresses = [.. (expectPublic ?? []).Select(IPAddress.Parse)],
            Thresholds = thresholds ?? CheckThresholds.Default,
        };

    /// <summary>Every finding the check produces for <paramref name="target"/>, ordered by subject.</summary>
    public static async Task<List<Finding>> RunAsync(ICheck check, CheckTarget target, TimeSpan? deadline = null)
    {
        var runner = new CheckRunner([check], TimeProvider.System, NullLogger<CheckRunner>.Instance);
        var findings = new List<Finding>();
        await foreach (var finding in runner.RunAsync(runner.Plan(target), deadline ?? TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken))
        {
            findings.Add(finding);
        }

        return [.. findings.OrderBy(f => f.Subject, StringComparer.Ordinal)];
    }

    public static async Task<Finding> RunSingleAsync(ICheck check, CheckTarget target, TimeSpan? deadline = null) =>
        Assert.Single(await RunAsync(check, target, deadline));

    /// <summary>Asserts what every non-passing DNS finding must carry: evidence, and steps in both languages.</summary>
    public static void AssertActionable(Finding finding)
    {
        Assert.NotEmpty(finding.Evidence);
        Assert.NotEmpty(finding.Remediation);
        Assert.All(finding.Remediation, step =>
        {
            Assert.False(string.IsNullOrWhiteSpace(step.En));
            Assert.False(string.IsNullOrWhiteSpace(step.Ja));
            Assert.NotEqual(step.En, step.Ja);
        });
        Assert.NotEqual(finding.Summary.En, finding.Summary.Ja);
    }
}
