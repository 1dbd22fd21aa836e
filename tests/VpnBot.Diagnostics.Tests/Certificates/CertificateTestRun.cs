using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging.Abstractions;
using VpnBot.Diagnostics.Certificates.Chain;
using VpnBot.Diagnostics.Certificates.Eku;
using VpnBot.Diagnostics.Certificates.Expiry;
using VpnBot.Diagnostics.Certificates.Name;
using VpnBot.Diagnostics.Certificates.Revocation;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Runner;

namespace VpnBot.Diagnostics.Tests.Certificates;

/// <summary>Targets and single-unit runs for the certificate checks.</summary>
internal static class CertificateTestRun
{
    /// <summary>The five checks, with the chain check trusting no system root so results do not depend on this machine's store.</summary>
    public static ICheck[] AllChecks(RevocationFetcher fetcher) =>
    [
        new CertificateExpiryCheck(),
        new CertificateNameCheck(),
        new CertificateChainCheck(() => []),
        new CertificateEkuCheck(),
        new CertificateRevocationCheck(fetcher),
    ];

    public static CheckTarget ForFile(
        X509Certificate2 leaf,
        IReadOnlyList<X509Certificate2>? intermediates = null,
        IReadOnlyList<X509Certificate2>? roots = null,
        VpnProtocols protocols = VpnProtocols.All,
        CheckThresholds? thresholds = null,
        string fqdn = TestPki.Fqdn) => new()
        {
            Name = fqdn,
            Fqdn = fqdn,
            Protocols = protocols,
            CertificateFile = new CertificateFile("server.pem", leaf, intermediates ?? []),
            TrustedRoots = roots ?? [],
            Thresholds = thresholds ?? CheckThresholds.Default,
        };

    public static CheckTarget ForTls(IPEndPoint endpoint, IReadOnlyList<X509Certificate2>? roots = null, VpnProtocols protocols = VpnProtocols.Sstp | VpnProtocols.Ikev2) => new()
    {
        Name = TestPki.Fqdn,
        Fqdn = TestPki.Fqdn,
        Protocols = protocols,
        Address = endpoint.Address,
        Ports = new VpnPorts { Sstp = endpoint.Port },
        TrustedRoots = roots ?? [],
    };

    /// <summary>Plans <paramref name="check"/> for <paramref name="target"/> and runs its single unit in a fresh context.</summary>
    public static Task<Finding> RunAsync(ICheck check, CheckTarget target, TimeProvider? time = null, TimeSpan? budget = null) =>
        RunAsync(check, CheckContext.Create(target, time ?? TimeProvider.System, budget ?? TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken));

    public static Task<Finding> RunAsync(ICheck check, CheckContext context)
    {
        var unit = Assert.Single(check.Plan(context.Target));
        Assert.Equal(check.Id, unit.Check);
        return unit.Run(context, TestContext.Current.CancellationToken);
    }

    /// <summary>Runs every certificate check through the real runner, as the CLI does.</summary>
    public static async Task<Dictionary<string, Finding>> RunAllAsync(CheckTarget target, TimeSpan deadline, RevocationFetcher fetcher)
    {
        var runner = new CheckRunner(AllChecks(fetcher), TimeProvider.System, NullLogger<CheckRunner>.Instance);
        var findings = new Dictionary<string, Finding>(StringComparer.Ordinal);
        await foreach (var finding in runner.RunAsync(runner.Plan(target), deadline, TestContext.Current.CancellationToken))
        {
            findings.Add(finding.Check, finding);
        }

        return findings;
    }
}
