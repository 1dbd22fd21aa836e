using System.Globalization;
using System.Net;
using System.Net.Sockets;
using VpnBot.Lab.Processes;

namespace VpnBot.Lab.Daemons.Pki;

/// <summary>
/// <c>openssl ocsp</c> as an OCSP responder (RFC 6960) for one CA: it answers from the CA's <c>openssl ca</c> database
/// (good, revoked, unknown) and signs with the CA's own key, as RFC 6960 §4.2.2.2 allows. It binds the port on every
/// address of its namespace. A bare GET gets HTTP 200 with a malformedRequest OCSP status; <c>-ignore_err</c> keeps it
/// serving after such a request (without it the responder exits). One connection at a time, each answered at once.
/// </summary>
internal static class OcspResponder
{
    /// <summary>How long its responses say they stay current.</summary>
    private const int ValidDays = 7;

    public static async Task<Daemon> StartAsync(
        string name, string netns, int port, string index, string caCertificate, string caKey,
        DaemonSet daemons, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var daemon = daemons.Start(
            new DaemonSpec(
                name,
                netns,
                "openssl",
                [
                    "ocsp", "-index", index, "-port", port.ToString(CultureInfo.InvariantCulture), "-CA", caCertificate,
                    "-rsigner", caCertificate, "-rkey", caKey, "-ndays", ValidDays.ToString(CultureInfo.InvariantCulture), "-ignore_err",
                ]));
        await Readiness.WaitListeningAsync(daemon, ProtocolType.Tcp, IPAddress.Any, port, timeout, cancellationToken).ConfigureAwait(false);
        return daemon;
    }
}
