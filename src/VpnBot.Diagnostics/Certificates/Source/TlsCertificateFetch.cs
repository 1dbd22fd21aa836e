using System.Globalization;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using VpnBot.Diagnostics.Net;
using VpnBot.Diagnostics.Probes;

namespace VpnBot.Diagnostics.Certificates.Source;

/// <summary>
/// Reads the certificate an SSTP listener presents: a TLS handshake with the name clients dial as SNI,
/// accepting whatever certificate comes (judging it is the checks' job) and keeping copies of the leaf and
/// of every certificate the server sent. Refusals, silence, stalls and garbage end as results, not exceptions.
/// </summary>
internal static class TlsCertificateFetch
{
    public static async Task<CertificateSourceResult> FetchAsync(
        IPEndPoint endpoint, string serverName, string addressSource, TimeSpan budget, TimeProvider time, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var evidence = new List<KeyValuePair<string, string>>
        {
            new("source", "tls"),
            new("endpoint", endpoint.ToString()),
            new("addressSource", addressSource),
            new("sni", serverName),
        };

        using var dial = await TcpDial.ConnectAsync(endpoint, budget, time, cancellationToken).ConfigureAwait(false);
        if (dial.Outcome != TcpOutcome.Connected)
        {
            var (reason, outcome) = dial.Outcome switch
            {
                TcpOutcome.Refused => (CertificateUnavailable.Refused, ProbeOutcome.Refused),
                TcpOutcome.TimedOut => (CertificateUnavailable.NoAnswer, ProbeOutcome.NoAnswer),
                _ => (CertificateUnavailable.Unreachable, ProbeOutcome.Unreachable),
            };
            return Failed(reason, outcome, null);
        }

        var left = budget - time.GetElapsedTime(started);
        using var handshakeTimeout = new CancellationTokenSource(left > TimeSpan.Zero ? left : TimeSpan.FromTicks(1), time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, handshakeTimeout.Token);
        var capture = new PresentedCertificates();
        var wire = new FirstBytesStream(new NetworkStream(dial.Socket!, ownsSocket: false));
        await using var tls = new SslStream(wire, leaveInnerStreamOpen: false);
        try
        {
            await tls.AuthenticateAsClientAsync(Options(serverName, capture), linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return wire.ReceivedNonTls
                ? Failed(CertificateUnavailable.Malformed, ProbeOutcome.Malformed, Hex(wire.First))
                : Failed(CertificateUnavailable.Silent, ProbeOutcome.Silent, null);
        }
        catch (Exception ex) when (ex is AuthenticationException or IOException or SocketException)
        {
            // .NET hands the server's certificate to the validation callback only once the handshake has
            // completed, so a handshake the server breaks off (say, demanding a client certificate) shows none.
            return wire.ReceivedNonTls
                ? Failed(CertificateUnavailable.Malformed, ProbeOutcome.Malformed, Hex(wire.First))
                : Failed(CertificateUnavailable.TlsFailed, ProbeOutcome.TlsFailed, Innermost(ex));
        }

        var elapsed = time.GetElapsedTime(started);
        if (capture.Leaf is null)
        {
            return Failed(CertificateUnavailable.TlsFailed, ProbeOutcome.TlsFailed, "no certificate");
        }

        evidence.Add(new(ProbeOutcome.Key, ProbeOutcome.Answered));
        evidence.Add(new("handshakeMs", Ms(elapsed)));
        var handshake = new List<KeyValuePair<string, string>>
        {
            new("handshake", "completed"),
            new("tlsVersion", tls.SslProtocol.ToString()),
            new("cipherSuite", tls.NegotiatedCipherSuite.ToString()),
            new("localTrust", capture.Errors.ToString()),
        };
        return CertificateSourceResult.Found(new ServerCertificate(CertificateOrigin.Tls, capture.Leaf, capture.Others, evidence, handshake)) with
        {
            Endpoint = endpoint.ToString(),
            Elapsed = elapsed,
        };

        CertificateSourceResult Failed(CertificateUnavailable reason, string outcome, string? detail)
        {
            var elapsed = time.GetElapsedTime(started);
            evidence.Add(new(ProbeOutcome.Key, outcome));
            evidence.Add(new("elapsedMs", Ms(elapsed)));
            if (detail is not null)
            {
                evidence.Add(new(reason == CertificateUnavailable.Malformed ? "firstBytes" : "tlsError", detail));
            }

            return new CertificateSourceResult
            {
                Unavailable = reason,
                Evidence = evidence,
                Endpoint = endpoint.ToString(),
                Detail = detail,
                Elapsed = elapsed,
            };
        }
    }

    private static SslClientAuthenticationOptions Options(string serverName, PresentedCertificates capture) => new()
    {
        TargetHost = serverName,
        // Revocation is cert.revocation's subject, and a download here would spend the budget uncontrolled.
        CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
        CertificateChainPolicy = new X509ChainPolicy
        {
            RevocationMode = X509RevocationMode.NoCheck,
            DisableCertificateDownloads = true,
        },
#pragma warning disable CA5359 // Judging the certificate is the checks' job; no data is ever sent over this connection.
        RemoteCertificateValidationCallback = (_, certificate, chain, errors) =>
        {
            capture.Take(certificate, chain, errors);
            return true;
        },
#pragma warning restore CA5359
    };

    private static string Innermost(Exception ex)
    {
        while (ex.InnerException is not null)
        {
            ex = ex.InnerException;
        }

        return ex.Message;
    }

    private static string Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexString(bytes);

    private static string Ms(TimeSpan elapsed) => ((long)elapsed.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);

    /// <summary>Copies what the validation callback sees: the chain object is disposed when the callback returns.</summary>
    private sealed class PresentedCertificates
    {
        public X509Certificate2? Leaf { get; private set; }

        public List<X509Certificate2> Others { get; } = [];

        public SslPolicyErrors Errors { get; private set; }

        public void Take(X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
        {
            Errors = errors;
            if (certificate is null)
            {
                return;
            }

            Leaf = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
            if (chain is null)
            {
                return;
            }

            // The extra store holds what the peer sent besides the leaf; the built chain may add local roots.
            foreach (var sent in chain.ChainPolicy.ExtraStore)
            {
                if (!sent.RawDataMemory.Span.SequenceEqual(Leaf.RawDataMemory.Span))
                {
                    Others.Add(X509CertificateLoader.LoadCertificate(sent.RawDataMemory.Span));
                }
            }
        }
    }
}
