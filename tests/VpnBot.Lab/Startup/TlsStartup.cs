using VpnBot.Lab.Certificates;
using VpnBot.Lab.Daemons.Tls;
using VpnBot.Lab.Scenarios;

namespace VpnBot.Lab.Startup;

/// <summary>
/// Once the certificates exist, starts one s_server per TLS scenario address (<see cref="TlsScenarioPlan"/>) and the
/// VPN's own on its 443 with the good certificate.
/// </summary>
internal static class TlsStartup
{
    public static async Task StartAsync(StartupContext context, Task<LabCertificates> minting, CancellationToken cancellationToken)
    {
        var certificates = await minting.ConfigureAwait(false);
        var starts = TlsScenarioPlan.Servers(context.Plan, certificates)
            .Select(s => TlsServer.StartAsync(
                $"openssl s_server ({s.Scenario}, {s.Address})",
                context.Plan.Tls.Namespace,
                s.Address,
                certificates[s.Certificate].CertificateFile,
                certificates.KeyFile,
                s.Options,
                context.Daemons,
                context.Timeout,
                cancellationToken));
        var vpn = TlsServer.StartAsync(
            $"openssl s_server (good, {context.Plan.Vpn.Address})",
            context.Plan.Vpn.Namespace,
            context.Plan.Vpn.Address,
            certificates["good"].CertificateFile,
            certificates.KeyFile,
            TlsServerOptions.Plain,
            context.Daemons,
            context.Timeout,
            cancellationToken);
        await Task.WhenAll([.. starts, vpn]).ConfigureAwait(false);
    }
}
