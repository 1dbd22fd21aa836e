using System.Net;
using VpnBot.Lab.Certificates;
using VpnBot.Lab.Daemons.Tls;
using VpnBot.Lab.Network;

namespace VpnBot.Lab.Scenarios;

/// <summary>One <c>openssl s_server</c> of the TLS host: which scenario, which certificate, which address, how it serves.</summary>
/// <param name="Scenario">The <see cref="Topology.TlsTopology"/> property it backs.</param>
/// <param name="Certificate">The certificate profile it presents.</param>
/// <param name="Address">Its address (port 443).</param>
/// <param name="Options">How it deviates from a plain TLS server.</param>
internal sealed record TlsServing(string Scenario, string Certificate, IPAddress Address, TlsServerOptions Options);

/// <summary>The TLS host's servers, one address each, in the order of the host's addresses.</summary>
internal static class TlsScenarioPlan
{
    public static IReadOnlyList<TlsServing> Servers(LabPlan plan, LabCertificates certificates)
    {
        (string Scenario, string Certificate, TlsServerOptions Options)[] servers =
        [
            ("Good", "good", TlsServerOptions.Plain),
            ("Expired", "expired", TlsServerOptions.Plain),
            ("ExpiringSoon", "expiring-soon", TlsServerOptions.Plain),
            ("WrongName", "wrong-name", TlsServerOptions.Plain),
            ("NoIkeEku", "no-ike-eku", TlsServerOptions.Plain),
            ("UntrustedIssuer", "untrusted", TlsServerOptions.Plain),
            ("Tls11Only", "good", new TlsServerOptions(Tls11Only: true)),
            ("NotSstp", "good", TlsServerOptions.Plain),
            ("Revoked", "revoked", TlsServerOptions.Plain),
            ("StaleCrl", "stale-crl", TlsServerOptions.Plain),
            ("RevocationOffline", "revocation-offline", TlsServerOptions.Plain),
            ("IntermediateSent", "issued-by-intermediate", new TlsServerOptions(ChainFile: certificates.IssuingCaFile)),
            ("IntermediateMissing", "issued-by-intermediate", TlsServerOptions.Plain),
            ("ClientCertificateRequired", "good", new TlsServerOptions(RequireClientCertificate: true)),
            ("ClientCertificateRequiredTls12", "good", new TlsServerOptions(RequireClientCertificate: true, UpToTls12: true)),
        ];
        if (servers.Length != plan.Tls.Addresses.Count)
        {
            throw new InvalidOperationException($"The TLS host has {plan.Tls.Addresses.Count} addresses for {servers.Length} servers.");
        }

        return [.. servers.Select((s, i) => new TlsServing(s.Scenario, s.Certificate, plan.Tls.Addresses[i], s.Options))];
    }
}
