using System.Net;
using System.Net.Sockets;
using VpnBot.Lab.Processes;

namespace VpnBot.Lab.Daemons.Tls;

/// <summary>How an <c>openssl s_server</c> of the lab deviates from a plain TLS server.</summary>
/// <param name="Tls11Only">Speak TLS 1.1 and nothing else.</param>
/// <param name="ChainFile">Intermediate certificates to send after the server's own (<c>-cert_chain</c>).</param>
/// <param name="RequireClientCertificate">Ask for a client certificate and fail the handshake without one (<c>-Verify 1</c>).</param>
/// <param name="UpToTls12">Offer TLS 1.2 at most, as Windows Server 2019 and older do.</param>
internal sealed record TlsServerOptions(bool Tls11Only = false, string? ChainFile = null, bool RequireClientCertificate = false, bool UpToTls12 = false)
{
    public static TlsServerOptions Plain { get; } = new();
}

/// <summary>
/// <c>openssl s_server</c> on one address, port 443, presenting one certificate. <c>-www</c> answers an HTTP
/// GET with a status page, so the endpoint behaves like a web server after the handshake; a request line it
/// does not know (SSTP_DUPLEX_POST) gets no answer at all. It serves one connection at a time.
/// </summary>
internal static class TlsServer
{
    public const int Port = 443;

    public static async Task<Daemon> StartAsync(
        string name,
        string netns,
        IPAddress address,
        string certificateFile,
        string keyFile,
        TlsServerOptions options,
        DaemonSet daemons,
        TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        var daemon = daemons.Start(
            new DaemonSpec(
                name,
                netns,
                "openssl",
                ["s_server", "-accept", $"{address}:{Port}", "-cert", certificateFile, "-key", keyFile, .. Arguments(options), "-www", "-quiet"]));
        await Readiness.WaitListeningAsync(daemon, ProtocolType.Tcp, address, Port, timeout, cancellationToken).ConfigureAwait(false);
        return daemon;
    }

    private static IEnumerable<string> Arguments(TlsServerOptions options)
    {
        if (options.Tls11Only)
        {
            // TLS 1.1 needs security level 0 in OpenSSL 3 (its SHA-1 based handshake signatures are refused above it).
            yield return "-tls1_1";
            yield return "-cipher";
            yield return "DEFAULT@SECLEVEL=0";
        }

        if (options.UpToTls12)
        {
            yield return "-no_tls1_3";
        }

        if (options.ChainFile is { } chain)
        {
            yield return "-cert_chain";
            yield return chain;
        }

        if (options.RequireClientCertificate)
        {
            // -Verify (capital V) fails the handshake when the client sends no certificate; -verify would only ask.
            yield return "-Verify";
            yield return "1";
        }
    }
}
