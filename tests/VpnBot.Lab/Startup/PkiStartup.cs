using VpnBot.Lab.Certificates;
using VpnBot.Lab.Daemons.Pki;

namespace VpnBot.Lab.Startup;

/// <summary>
/// Once the certificates and CRLs exist, starts the PKI host's daemons: the CRL server and the OCSP responders of
/// the lab CA and the issuing CA.
/// </summary>
internal static class PkiStartup
{
    public static async Task StartAsync(StartupContext context, Task<LabCertificates> minting, CancellationToken cancellationToken)
    {
        var certificates = await minting.ConfigureAwait(false);
        var host = context.Plan.Pki;
        var crl = CrlServer.StartAsync(
            "busybox httpd (CRLs)",
            host.Namespace,
            host.Address,
            PublicationPoints.HttpPort,
            certificates.CrlDirectory,
            certificates.Directory,
            context.Daemons,
            context.Timeout,
            cancellationToken);
        var ocsp = ((LabCa[])[LabCa.Root, LabCa.Issuing]).Select(ca => OcspResponder.StartAsync(
            $"openssl ocsp ({ca.Stem})",
            host.Namespace,
            PublicationPoints.OcspPort(ca),
            certificates.IndexOf(ca),
            certificates.CertificateOf(ca),
            certificates.KeyOf(ca),
            context.Daemons,
            context.Timeout,
            cancellationToken));
        await Task.WhenAll([crl, .. ocsp]).ConfigureAwait(false);
    }
}
