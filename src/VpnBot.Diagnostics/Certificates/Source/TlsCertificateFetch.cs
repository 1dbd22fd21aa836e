using System.Globalization;
using VpnBot.Diagnostics.Net;
using VpnBot.Diagnostics.Probes;

namespace VpnBot.Diagnostics.Certificates.Source;

/// <summary>
/// The certificate an SSTP listener presented on the run's TLS session, or why there is none: refusals,
/// silence, stalls and garbage end as results with evidence, not exceptions.
/// </summary>
internal static class TlsCertificateFetch
{
    public static CertificateSourceResult FromSession(TlsSession session, string addressSource)
    {
        ArgumentNullException.ThrowIfNull(session);
        var evidence = new List<KeyValuePair<string, string>>
        {
            new("source", "tls"),
            new("endpoint", session.Endpoint.ToString()),
            new("addressSource", addressSource),
            new("sni", session.ServerName),
        };

        if (session.Outcome == TlsSessionOutcome.Established && session.Leaf is { } leaf)
        {
            evidence.Add(new(ProbeOutcome.Key, ProbeOutcome.Answered));
            evidence.Add(new("handshakeMs", Ms(session.Elapsed)));
            var handshake = new List<KeyValuePair<string, string>>
            {
                new("handshake", "completed"),
                new("tlsVersion", session.Protocol.ToString()),
                new("cipherSuite", session.CipherSuite.ToString()),
                new("localTrust", session.PolicyErrors.ToString()),
            };
            return CertificateSourceResult.Found(new ServerCertificate(CertificateOrigin.Tls, leaf, session.Presented, evidence, handshake)) with
            {
                Endpoint = session.Endpoint.ToString(),
                Elapsed = session.Elapsed,
            };
        }

        var (reason, outcome, detail) = session.Outcome switch
        {
            TlsSessionOutcome.Refused => (CertificateUnavailable.Refused, ProbeOutcome.Refused, null),
            TlsSessionOutcome.NoAnswer => (CertificateUnavailable.NoAnswer, ProbeOutcome.NoAnswer, null),
            TlsSessionOutcome.Unreachable => (CertificateUnavailable.Unreachable, ProbeOutcome.Unreachable, null),
            TlsSessionOutcome.Silent => (CertificateUnavailable.Silent, ProbeOutcome.Silent, null),
            TlsSessionOutcome.Malformed => (CertificateUnavailable.Malformed, ProbeOutcome.Malformed, Convert.ToHexString(session.FirstBytes.Span)),
            _ => (CertificateUnavailable.TlsFailed, ProbeOutcome.TlsFailed, session.Problem ?? "no certificate"),
        };
        evidence.Add(new(ProbeOutcome.Key, outcome));
        evidence.Add(new("elapsedMs", Ms(session.Elapsed)));
        if (detail is not null)
        {
            evidence.Add(new(reason == CertificateUnavailable.Malformed ? "firstBytes" : "tlsError", detail));
        }

        return new CertificateSourceResult
        {
            Unavailable = reason,
            Evidence = evidence,
            Endpoint = session.Endpoint.ToString(),
            Detail = detail,
            Elapsed = session.Elapsed,
        };
    }

    private static string Ms(TimeSpan elapsed) => ((long)elapsed.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
}
