using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace VpnBot.Lab.Daemons.Tls;

/// <summary>
/// The HTTPS server on the VPN's TCP 443 (<c>VpnBot.Lab serve-https ADDRESS PORT CERT KEY</c>, run in the VPN's
/// namespace): TLS with the given certificate for any number of clients at once, then what <c>openssl s_server
/// -www</c> does — a GET gets a small 200 page, any other request (SSTP_DUPLEX_POST) gets no answer until the client
/// hangs up. s_server serves one connection at a time, so on the VPN, where <c>sstp.listener</c> holds a connection
/// while the certificate checks open theirs, it would stall them.
/// </summary>
internal static class HttpsStandIn
{
    /// <summary>The lab executable's verb that runs it.</summary>
    public const string Verb = "serve-https";

    /// <summary>The most of a request head read before the connection is just held open.</summary>
    private const int MaxHead = 16 * 1024;

    public static async Task<int> RunAsync(IPAddress address, int port, string certificateFile, string keyFile, CancellationToken cancellationToken)
    {
        using var certificate = X509Certificate2.CreateFromPemFile(certificateFile, keyFile);
        var listener = new TcpListener(address, port);
        listener.Start();
        try
        {
            while (true)
            {
                var client = await listener.AcceptTcpClientAsync(cancellationToken).ConfigureAwait(false);
                _ = ServeAsync(client, certificate, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            return 0;
        }
        finally
        {
            listener.Stop();
        }
    }

    private static async Task ServeAsync(TcpClient client, X509Certificate2 certificate, CancellationToken cancellationToken)
    {
        using (client)
        {
            try
            {
                await using var tls = new SslStream(client.GetStream(), leaveInnerStreamOpen: false);
                await tls.AuthenticateAsServerAsync(new SslServerAuthenticationOptions { ServerCertificate = certificate }, cancellationToken).ConfigureAwait(false);
                var head = await ReadHeadAsync(tls, cancellationToken).ConfigureAwait(false);
                if (head.StartsWith("GET ", StringComparison.Ordinal))
                {
                    await tls.WriteAsync(StatusPage(tls), cancellationToken).ConfigureAwait(false);
                    return;
                }

                // Anything else is left unanswered, read and discarded until the client gives up.
                var buffer = new byte[4096];
                while (await tls.ReadAsync(buffer, cancellationToken).ConfigureAwait(false) > 0)
                {
                }
            }
            catch (Exception ex) when (ex is IOException or SocketException or System.Security.Authentication.AuthenticationException or OperationCanceledException)
            {
                // A client that hangs up, fails the handshake or never finishes its request ends only its own connection.
            }
        }
    }

    /// <summary>The request head up to its empty line, or what came before the client stopped sending or <see cref="MaxHead"/>.</summary>
    private static async Task<string> ReadHeadAsync(SslStream tls, CancellationToken cancellationToken)
    {
        var head = new StringBuilder();
        var buffer = new byte[1024];
        while (head.Length < MaxHead && !head.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await tls.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            head.Append(Encoding.Latin1.GetString(buffer, 0, read));
        }

        return head.ToString();
    }

    private static byte[] StatusPage(SslStream tls)
    {
        var body = $"<html><body><pre>VpnBot lab HTTPS server\n{tls.SslProtocol} {tls.NegotiatedCipherSuite}\n</pre></body></html>\n";
        return Encoding.ASCII.GetBytes($"HTTP/1.0 200 ok\r\nContent-type: text/html\r\n\r\n{body}");
    }
}
