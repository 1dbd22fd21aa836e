using VpnBot.Diagnostics.Checks;

namespace VpnBot.Diagnostics.Certificates.Source;

/// <summary>
/// A place on the machine running the checks that holds the endpoint's certificate. On an agent on the VPN
/// server this is the machine store (<c>LocalMachine\My</c>), where RRAS takes its IKEv2 and SSTP certificates
/// from: the only way to see an IKEv2 server's certificate, which travels inside the encrypted IKE_AUTH.
/// Registered in DI, the runner hands it to every run; without one, nothing changes.
/// </summary>
public interface ILocalCertificateSource
{
    /// <summary>
    /// The certificate for <paramref name="context"/>'s target; a result with
    /// <see cref="CertificateUnavailable.NotInStore"/> and its evidence when the store has none; or null when this
    /// source has nothing to say here (this machine is not the VPN server). Never throws for what it finds.
    /// </summary>
    Task<CertificateSourceResult?> FindAsync(CheckContext context, CancellationToken cancellationToken);
}
