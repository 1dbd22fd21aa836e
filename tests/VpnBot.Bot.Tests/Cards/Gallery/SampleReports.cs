using System.Net;
using Microsoft.Extensions.DependencyInjection;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Diagnosis;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Reporting;
using static VpnBot.Bot.Tests.Cards.Gallery.Sample;

namespace VpnBot.Bot.Tests.Cards.Gallery;

/// <summary>Reports diagnosed by the core's own rules, so the causes on the sample cards are the ones a real run gives.</summary>
internal static class SampleReports
{
    private static readonly Lazy<Diagnoser> Rules = new(() =>
        new Diagnoser(new ServiceCollection().AddDiagnosisRules().BuildServiceProvider().GetServices<IDiagnosisRule>()));

    public static CheckTarget Target { get; } = new()
    {
        Name = Endpoint,
        Fqdn = Fqdn,
        Protocols = VpnProtocols.Ikev2 | VpnProtocols.L2tp | VpnProtocols.Sstp,
        InternalDns = [IPEndPoint.Parse(Primary), IPEndPoint.Parse(Secondary)],
        ExternalDns = [IPEndPoint.Parse(PublicResolver)],
        Resolvers = [IPEndPoint.Parse(Resolver)],
        ExpectAddresses = [IPAddress.Parse(InternalAddress)],
        PublicAddresses = [IPAddress.Parse(PublicAddress)],
    };

    public static CheckReport Healthy() => Report(SampleFindings.Healthy(), 612);

    /// <summary>Fails (IKE silent on UDP 500), warns (certificate, TTL) and cannot complete (CRL): every status at once.</summary>
    public static CheckReport Critical() => Report(SampleFindings.Critical(), 2486);

    /// <summary>Only the checks that confirm the causes of error 809, as the explain card's button runs them.</summary>
    public static CheckReport Confirming809() =>
        Report([.. SampleFindings.Critical().Where(f => f.Check is CheckIds.IkeV2 or CheckIds.IkeV1 or CheckIds.IkeNatT or CheckIds.DnsResolve)], 2431);

    public static CheckReport Report(IReadOnlyList<Finding> findings, long durationMs) => new()
    {
        Target = Fqdn,
        Vantage = Vantage,
        StartedAt = StartedAt,
        DurationMs = durationMs,
        Findings = findings,
        Diagnosis = Rules.Value.Diagnose(new DiagnosisInput(Target, findings)),
    };
}
