using System.Globalization;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Targets;

namespace VpnBot.Diagnostics.Certificates.Source;

/// <summary>
/// Gets the server certificate once per run for every <c>cert.*</c> check: the <c>--cert</c> file when
/// there is one, else the one in the machine store when an agent runs on the VPN server
/// (<see cref="CheckContext.LocalCertificates"/>), else the certificate the SSTP listener presents, else
/// nothing (an IKEv2 or L2TP server sends its certificate only inside the encrypted IKE_AUTH exchange,
/// RFC 7296 §1.2, so no probe sees it).
/// </summary>
public static class ServerCertificateSource
{
    private const string SharedKey = "certificates.server";

    /// <summary>True when certificates matter for this endpoint: a file was given, or a protocol that authenticates the server with one is offered.</summary>
    public static bool Applies(CheckTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return target.CertificateFile is not null || target.Offers(VpnProtocols.Sstp | VpnProtocols.Ikev2 | VpnProtocols.L2tp);
    }

    /// <summary>The subject of the certificate findings: the file, or the name and port the SSTP handshake dials.</summary>
    public static string SubjectOf(CheckTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target.CertificateFile is { } file)
        {
            return file.Path;
        }

        return target.Offers(VpnProtocols.Sstp)
            ? string.Create(CultureInfo.InvariantCulture, $"{target.Fqdn}:{target.Ports.Sstp}")
            : target.Fqdn;
    }

    /// <summary>The certificate for this run, fetched at most once however many checks ask.</summary>
    public static Task<CertificateSourceResult> GetServerCertificateAsync(this CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.GetSharedAsync(SharedKey, GetAsync, cancellationToken);
    }

    private static async Task<CertificateSourceResult> GetAsync(CheckContext context, CancellationToken cancellationToken)
    {
        var target = context.Target;
        if (target.CertificateFile is { } file)
        {
            return CertificateSourceResult.Found(new ServerCertificate(
                CertificateOrigin.File,
                file.Leaf,
                file.Intermediates,
                [new("source", "file"), new("file", file.Path)],
                []));
        }

        CertificateSourceResult? local = null;
        if (context.LocalCertificates is { } store)
        {
            local = await store.FindAsync(context, cancellationToken).ConfigureAwait(false);
            if (local?.Certificate is not null)
            {
                return local;
            }
        }

        // An empty store still leaves the SSTP listener's certificate to look at; without SSTP the store's
        // answer (none for this name) is the finding.
        if (!target.Offers(VpnProtocols.Sstp))
        {
            return local ?? new CertificateSourceResult { Unavailable = CertificateUnavailable.NotObservable };
        }

        var address = await context.GetServerAddressAsync(cancellationToken).ConfigureAwait(false);
        if (address.Address is null)
        {
            return new CertificateSourceResult { Unavailable = CertificateUnavailable.Unresolved };
        }

        var session = await context.GetTlsSessionAsync(cancellationToken).ConfigureAwait(false);
        return TlsCertificateFetch.FromSession(session!, address.Source);
    }
}
