using System.Net;
using VpnBot.Diagnostics.Net;
using VpnBot.Diagnostics.Probes.Ike;
using VpnBot.Diagnostics.Probes.Ike.Ikev1;
using VpnBot.Diagnostics.Probes.Ike.Ikev2;
using VpnBot.Diagnostics.Tests.Probes.Ike.Support;

namespace VpnBot.Diagnostics.Tests.Probes.Ike;

/// <summary>
/// Re-captures the fixtures under Fixtures/ from the strongSwan lab: the replies the probes receive, byte
/// for byte. Explicit: run it with <c>dotnet test -- xUnit.Explicit=only</c> after changing the lab or the probes.
/// </summary>
[Collection(IkeLabDefinition.Name)]
public sealed class FixtureCaptureTests(IkeLab lab)
{
    private const string Source = "strongSwan 5.9.8 charon (Debian 12) in the Lab/ike-lab.sh namespace lab";
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);
    private readonly UdpExchange _udp = new(TimeProvider.System);

    [Fact(Explicit = true)]
    public async Task Capture_FromLab_WritesFixtures()
    {
        lab.Require();
        var ct = TestContext.Current.CancellationToken;
        var v2 = new Ikev2Probe(_udp);
        var v1 = new Ikev1Probe(_udp);

        var answered = await v2.RunAsync(new IPEndPoint(lab.Default, 500), false, () => Budget, ct);
        Save("ikev2-answered.hex", "IKE_SA_INIT response, default proposals, UDP 500", answered.Final);

        var mismatch = await v2.RunAsync(new IPEndPoint(lab.Mismatch, 500), false, () => Budget, ct);
        Save("ikev2-no-proposal-chosen.hex", "NO_PROPOSAL_CHOSEN: proposals = chacha20poly1305-prfsha512-x25519", mismatch.First);

        var modp = await v2.RunAsync(new IPEndPoint(lab.Modp1024Only, 500), false, () => Budget, ct);
        Save("ikev2-invalid-ke.hex", "INVALID_KE_PAYLOAD asking for MODP_1024: proposals = aes256-sha256-modp1024, KE sent for MODP_2048", modp.First);
        Save("ikev2-answered-modp1024.hex", "IKE_SA_INIT response to the retry with a MODP_1024 KE (same responder)", modp.Retry!);

        var nat = await v2.RunAsync(new IPEndPoint(lab.BehindNat, 500), false, () => Budget, ct);
        Save("ikev2-answered-behind-nat.hex", "IKE_SA_INIT response through a DNAT (dialled .9, charon at .2): NAT_DETECTION_SOURCE_IP hashes .2", nat.Final);

        var natT = await v2.RunAsync(new IPEndPoint(lab.Default, 4500), true, () => Budget, ct);
        Save("ikev2-nat-t-answered.hex", "IKE_SA_INIT response on UDP 4500, non-ESP marker included", natT.Final);

        // The first request leaves a half-open IKE SA; with cookie_threshold = 1 the next one gets COOKIE.
        await v2.RunAsync(new IPEndPoint(lab.Cookie, 500), false, () => Budget, ct);
        var cookie = await v2.RunAsync(new IPEndPoint(lab.Cookie, 500), false, () => Budget, ct);
        Save("ikev2-cookie.hex", "COOKIE: charon.cookie_threshold = 1, second IKE_SA_INIT while the first is half-open", cookie.First);

        var mainMode = await v1.RunAsync(new IPEndPoint(lab.Ikev1, 500), false, Budget, ct);
        Save("ikev1-answered.hex", "Main Mode message 2: version = 1, proposals = aes256-sha1-modp2048,aes128-sha1-modp2048,3des-sha1-modp1024", mainMode.Transport);

        var mainModeDefault = await v1.RunAsync(new IPEndPoint(lab.Default, 500), false, Budget, ct);
        Save("ikev1-answered-default.hex", "Main Mode message 2: version = 0 (IKEv1 and IKEv2), default proposals", mainModeDefault.Transport);

        var mainModeMismatch = await v1.RunAsync(new IPEndPoint(lab.Ikev1Mismatch, 500), false, Budget, ct);
        Save("ikev1-no-proposal-chosen.hex", "Informational NO-PROPOSAL-CHOSEN: version = 1, proposals = aes192-sha512-modp4096", mainModeMismatch.Transport);

        var mainModeNatT = await v1.RunAsync(new IPEndPoint(lab.Ikev1, 4500), true, Budget, ct);
        Save("ikev1-nat-t-answered.hex", "Main Mode message 2 on UDP 4500, non-ESP marker included", mainModeNatT.Transport);
    }

    private static void Save(string name, string what, Ikev2Exchange exchange) => Save(name, what, exchange.Transport);

    /// <summary>Saves the reply with the endpoints the NAT detection hashes were made over.</summary>
    private static void Save(string name, string what, IkeDatagramExchange transport)
    {
        Assert.Equal(UdpOutcome.Answered, transport.Udp.Outcome);
        var comment = $"{what}\nCaptured by the probe from {Source}.\ndialled: {transport.Udp.Remote}\nlocal: {transport.Local}";
        HexFixture.Save(name, comment, transport.Udp.Reply.Span);
    }
}
