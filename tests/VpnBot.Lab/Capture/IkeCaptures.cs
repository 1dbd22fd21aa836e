using System.Net;
using VpnBot.Diagnostics.Checks;
using VpnBot.Lab.Topology;

namespace VpnBot.Lab.Capture;

/// <summary>One run of an IKE check of the core, and which of the responder's replies become which fixture file.</summary>
/// <param name="Check">The check id (ike.v2, ike.v1, ike.nat-t).</param>
/// <param name="Responder">The endpoint the probe dials.</param>
/// <param name="Protocols">The protocols the target offers: with L2TP alone, ike.nat-t speaks IKEv1.</param>
/// <param name="Files">For each reply kept: its file name, which reply of the run (0 the first, -1 the last) and what it is.</param>
internal sealed record ProbeCapture(string Check, IPEndPoint Responder, string Protocols, IReadOnlyList<(string File, int Reply, string What)> Files);

/// <summary>One ike-scan run, whose request and reply become <c>ike-scan-NAME-request.hex</c> and <c>-reply.hex</c>.</summary>
/// <param name="Name">The fixture stem.</param>
/// <param name="Responder">The responder's address.</param>
/// <param name="Ikev2">True for <c>--ikev2</c>, false for Main Mode.</param>
/// <param name="What">What the exchange is.</param>
internal sealed record IkeScanCapture(string Name, IPAddress Responder, bool Ikev2, string What);

/// <summary>
/// The IKE fixtures of tests/VpnBot.Diagnostics.Tests/Probes/Ike/Fixtures and the lab responder each comes from. The
/// parser tests pin values these responders produce (chosen proposals, requested groups, Vendor IDs, NAT detection).
/// </summary>
internal static class IkeCaptures
{
    public static IReadOnlyList<ProbeCapture> Probes(IkeTopology ike, VpnServer vpn)
    {
        var rras = ike.RrasLike;
        return
        [
            new(CheckIds.IkeV2, rras.Ike, "Ikev2", [("ikev2-answered.hex", 0, "IKE_SA_INIT response on UDP 500 to the first request (KE for MODP_2048): ikev2 proposals = aes128-aes256-sha256-sha1-modp2048-modp1024, send_vendor_id = yes")]),
            new(CheckIds.IkeNatT, rras.NatT, "Ikev2", [("ikev2-nat-t-answered.hex", 0, "IKE_SA_INIT response on UDP 4500, non-ESP marker included (same responder)")]),
            new(CheckIds.IkeV2, ike.SuiteBOnly.Ike, "Ikev2", [("ikev2-no-proposal-chosen.hex", 0, $"NO_PROPOSAL_CHOSEN: proposals = {ike.SuiteBOnly.Proposals}")]),
            new(CheckIds.IkeV2, ike.Modp1024Only.Ike, "Ikev2",
            [
                ("ikev2-invalid-ke.hex", 0, $"INVALID_KE_PAYLOAD asking for MODP_1024: proposals = {ike.Modp1024Only.Proposals}, KE sent for MODP_2048"),
                ("ikev2-answered-modp1024.hex", 1, "IKE_SA_INIT response to the retry with a MODP_1024 KE (same responder)"),
            ]),
            new(CheckIds.IkeV2, ike.BehindNat.Ike, "Ikev2",
                [("ikev2-answered-behind-nat.hex", -1, $"IKE_SA_INIT response through destination NAT (dialled {ike.BehindNat.Address}, charon at {ike.BehindNatInside}): NAT_DETECTION_SOURCE_IP hashes {ike.BehindNatInside}")]),
            new(CheckIds.IkeV2, ike.CookieRequired.Ike, "Ikev2", [("ikev2-cookie.hex", 0, "COOKIE: charon.cookie_threshold = 1 with one IKE_SA half-open")]),
            new(CheckIds.IkeV1, rras.Ike, "L2tp", [("ikev1-answered.hex", 0, "Main Mode message 2: version = 1, proposals = aes256-sha1-modp2048,aes128-sha1-modp2048,3des-sha1-modp1024, send_vendor_id = yes")]),
            new(CheckIds.IkeNatT, rras.NatT, "L2tp", [("ikev1-nat-t-answered.hex", 0, "Main Mode message 2 on UDP 4500, non-ESP marker included (same responder)")]),
            new(CheckIds.IkeV1, vpn.Ike, "L2tp", [("ikev1-answered-default.hex", 0, "Main Mode message 2: version = 0 (IKEv1 and IKEv2), default proposals")]),
            new(CheckIds.IkeV1, ike.SuiteBOnly.Ike, "L2tp", [("ikev1-no-proposal-chosen.hex", 0, $"Informational NO-PROPOSAL-CHOSEN: version = 0, proposals = {ike.SuiteBOnly.Proposals}")]),
        ];
    }

    public static IReadOnlyList<IkeScanCapture> IkeScan(IkeTopology ike) =>
    [
        new("ikev2-invalid-ke", ike.RrasLike.Address, true, "IKEv2 SA_INIT, responder with ikev2 proposals = aes128-aes256-sha256-sha1-modp2048-modp1024"),
        new("ikev2-no-proposal-chosen", ike.SuiteBOnly.Address, true, $"IKEv2 SA_INIT, responder limited to {ike.SuiteBOnly.Proposals}"),
        new("mm-answered", ike.RrasLike.Address, false, "Main Mode, IKEv1 responder with 3des-sha1-modp1024 among its proposals"),
        new("mm-no-proposal-chosen", ike.SuiteBOnly.Address, false, $"Main Mode, responder limited to {ike.SuiteBOnly.Proposals}"),
    ];
}
