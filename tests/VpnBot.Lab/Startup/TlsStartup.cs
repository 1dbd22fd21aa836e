using System.Net;
using VpnBot.Lab.Certificates;
using VpnBot.Lab.Daemons.Tls;
using VpnBot.Lab.Topology;

namespace VpnBot.Lab.Startup;

/// <summary>
/// Once the certificates exist, starts one s_server per TLS scenario address, one that speaks only TLS 1.1 and one for
/// the SSTP probe (both with the good certificate), and the lab's concurrent HTTPS server with the good certificate on
/// the VPN.
/// </summary>
internal static class TlsStartup
{
    public static async Task StartAsync(StartupContext context, Task<LabCertificates> minting, CancellationToken cancellationToken)
    {
        var certificates = await minting.ConfigureAwait(false);
        IEnumerable<(string Certificate, string Namespace, IPAddress Address, bool Tls11Only)> endpoints =
        [
            .. LabTopologyBuilder.TlsAddresses(context.Plan).Select(e => (e.Certificate, e.Namespace, e.Address, false)),
            ("good", context.Plan.Tls.Namespace, LabTopologyBuilder.Tls11OnlyAddress(context.Plan), true),
            ("good", context.Plan.Tls.Namespace, LabTopologyBuilder.NotSstpAddress(context.Plan), false),
        ];
        var starts = endpoints
            .Select(e => TlsServer.StartAsync(
                $"openssl s_server ({e.Certificate}{(e.Tls11Only ? ", TLS 1.1 only" : string.Empty)}, {e.Address})",
                e.Namespace,
                e.Address,
                certificates[e.Certificate].CertificateFile,
                certificates.KeyFile,
                e.Tls11Only,
                context.Daemons,
                context.Timeout,
                cancellationToken));
        var vpn = TlsServer.StartAsync(
            $"openssl s_server (good, {context.Plan.Vpn.Address})",
            context.Plan.Vpn.Namespace,
            context.Plan.Vpn.Address,
            certificates["good"].CertificateFile,
            certificates.KeyFile,
            tls11Only: false,
            context.Daemons,
            context.Timeout,
            cancellationToken);
        await Task.WhenAll([.. starts, vpn]).ConfigureAwait(false);
    }
}
