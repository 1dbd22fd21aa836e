using System.Text;

namespace VpnBot.Diagnostics.Probes.Sstp;

/// <summary>The HTTP request an SSTP client opens its tunnel with (MS-SSTP §3.2.5.1).</summary>
public static class SstpRequest
{
    /// <summary>The resource every SSTP server listens on (MS-SSTP §2.2.1).</summary>
    public const string Uri = "/sra_{BA195980-CD49-458b-9E23-C84EE0ADCD75}/";

    public const string Method = "SSTP_DUPLEX_POST";

    /// <summary>ULONGLONG_MAX: the request and the server's answer both declare an endless body (MS-SSTP §3.2.5.1).</summary>
    public const string EndlessContentLength = "18446744073709551615";

    /// <summary>
    /// <c>SSTP_DUPLEX_POST</c> with Host, the endless Content-Length and an <c>SSTPCORRELATIONID</c>
    /// (the GUID in braces, as Windows clients send it) that server logs can be searched for.
    /// </summary>
    public static byte[] Build(string host, Guid correlationId) =>
        Encoding.ASCII.GetBytes(
            $"{Method} {Uri} HTTP/1.1\r\n" +
            $"Host: {host}\r\n" +
            $"Content-Length: {EndlessContentLength}\r\n" +
            $"SSTPCORRELATIONID: {CorrelationHeader(correlationId)}\r\n" +
            "\r\n");

    public static string CorrelationHeader(Guid correlationId) => correlationId.ToString("B").ToUpperInvariant();
}
