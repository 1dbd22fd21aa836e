using System.Net;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Net;

namespace VpnBot.Diagnostics.Targets;

/// <summary>
/// The TLS session to the server's SSTP port, opened once per run: the certificate checks read the
/// certificate from it and the SSTP probe continues on the same connection with SSTP_DUPLEX_POST, as a
/// client does. One connection instead of two is kinder to the server and to single-threaded listeners.
/// </summary>
public static class ServerTlsSession
{
    private const string SharedKey = "targets.tls-session";

    /// <summary>The most the connection and handshake may take: a live TLS server answers in well under a second.</summary>
    private static readonly TimeSpan MaxHandshake = TimeSpan.FromSeconds(4);

    /// <summary>
    /// Share of the run's remaining time the handshake may use, so what follows it (the SSTP exchange,
    /// the CRL downloads) still fits under the same deadline when the peer stalls.
    /// </summary>
    private const double HandshakeShare = 0.6;

    /// <summary>The session, or null when the server name did not resolve.</summary>
    public static Task<TlsSession?> GetTlsSessionAsync(this CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.GetSharedAsync(SharedKey, OpenAsync, cancellationToken);
    }

    private static async Task<TlsSession?> OpenAsync(CheckContext context, CancellationToken cancellationToken)
    {
        var target = context.Target;
        var address = await context.GetServerAddressAsync(cancellationToken).ConfigureAwait(false);
        if (address.Address is null)
        {
            return null;
        }

        var share = context.Remaining * HandshakeShare;
        var budget = share < MaxHandshake ? share : MaxHandshake;
        return await TlsSession.OpenAsync(new IPEndPoint(address.Address, target.Ports.Sstp), target.Fqdn, budget, context.Time, cancellationToken).ConfigureAwait(false);
    }
}
