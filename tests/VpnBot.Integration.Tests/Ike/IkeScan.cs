using System.Net;
using VpnBot.Integration.Tests.Tools;

namespace VpnBot.Integration.Tests.Ike;

/// <summary>
/// ike-scan from a random source port (<c>--sport=0</c>): the default, 500, would collide with any other IKE
/// tool on this machine. IKEv2 probes send their KE for MODP-2048 (<c>--dhgroup=14</c>), a group strongSwan's
/// default proposals accept; ike-scan's default, MODP-1024, would draw INVALID_KE_PAYLOAD instead.
/// </summary>
public static class IkeScan
{
    public static Task<ToolResult> Ikev2Async(IPAddress responder, bool natT = false) =>
        StandardTool.RunAsync("ike-scan", [.. Common(natT), "--ikev2", "--dhgroup=14", responder.ToString()]);

    /// <summary>IKEv1 Main Mode with one transform an L2TP/IPsec client offers: AES-256, SHA1, PSK, MODP-2048.</summary>
    public static Task<ToolResult> MainModeAsync(IPAddress responder) =>
        StandardTool.RunAsync("ike-scan", [.. Common(natT: false), "--trans=7/256,2,1,14", responder.ToString()]);

    private static string[] Common(bool natT) => natT ? ["--sport=0", "--retry=2", "--nat-t"] : ["--sport=0", "--retry=2"];
}
