using System.Net;
using VpnBot.Lab.Certificates;
using VpnBot.Lab.Daemons.Tls;
using VpnBot.Lab.Topology;

namespace VpnBot.Lab.Startup;

/// <summary>Starts one s_server per TLS scenario address, and one with the good certificate on the VPN, once the certificates exist.</summary>
internal static class TlsStartup
{
    public static async Task StartAsync(StartupContext context, Task<LabCertificates> minting, CancellationToken cancellationToken)
    {
        var certificates = await minting.ConfigureAwait(false);
        IEnumerable<(string Certificate, string Namespace, IPAddress Address)> endpoints =
            [.. LabTopologyBuilder.TlsAddresses(context.Plan), ("good", context.Plan.Vpn.Namespace, context.Plan.Vpn.Address)];
        var starts = endpoints
            .Select(e => TlsServer.StartAsync(
                $"openssl s_server ({e.Certificate}, {e.Address})",
                e.Namespace,
                e.Address,
                certificates[e.Certificate].CertificateFile,
                certificates.KeyFile,
                context.Daemons,
                context.Timeout,
                cancellationToken));
        await Task.WhenAll(starts).ConfigureAwait(false);
    }
}
