using System.Net;

namespace VpnBot.Lab.Certificates;

/// <summary>
/// The URLs the lab's certificates name for revocation: the CRL server (one HTTP server for every CA's CRL)
/// and one OCSP responder per CA that runs one, all on the PKI host; and the same URLs on an address where
/// nothing answers. Addresses, not names: a client fetches these with the system resolver, which knows none
/// of the lab's zones.
/// </summary>
/// <param name="Publisher">The PKI host's address.</param>
/// <param name="Offline">An address whose packets the firewall drops.</param>
internal sealed record PublicationPoints(IPAddress Publisher, IPAddress Offline)
{
    public const int HttpPort = 80;

    /// <summary>The lab CA's OCSP responder (2560 is the port OpenSSL's documentation uses for one).</summary>
    public const int RootOcspPort = 2560;

    public const int IssuingOcspPort = 2561;

    /// <summary>Where the lab CA's out-of-date CRL lies: a second distribution point its publishing no longer reaches.</summary>
    public const string StaleFolder = "stale";

    public string CrlUrl(LabCa ca) => $"http://{Publisher}/{ca.CrlFile}";

    /// <summary>The OCSP responder of the lab CA or the issuing CA; the untrusted CA runs none.</summary>
    public string OcspUrl(LabCa ca) => $"http://{Publisher}:{OcspPort(ca)}/";

    public string StaleCrlUrl => $"http://{Publisher}/{StaleFolder}/{LabCa.Root.CrlFile}";

    public string OfflineCrlUrl => $"http://{Offline}/{LabCa.Root.CrlFile}";

    public string OfflineOcspUrl => $"http://{Offline}:{RootOcspPort}/";

    /// <summary>Both kinds of location, as a CA that publishes properly names them.</summary>
    public RevocationPointers Of(LabCa ca) =>
        ca == LabCa.Untrusted ? new([CrlUrl(ca)], []) : new([CrlUrl(ca)], [OcspUrl(ca)]);

    public static int OcspPort(LabCa ca) => ca == LabCa.Root ? RootOcspPort
        : ca == LabCa.Issuing ? IssuingOcspPort
        : throw new ArgumentOutOfRangeException(nameof(ca), ca.Stem, "Only the lab CA and the issuing CA run an OCSP responder.");
}
