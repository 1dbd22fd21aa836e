using System.Globalization;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Diagnosis;
using VpnBot.Diagnostics.Diagnosis.Rules;
using VpnBot.Diagnostics.Diagnosis.Rules.Paths;
using VpnBot.Diagnostics.Diagnosis.Rules.Server;
using VpnBot.Diagnostics.Localization;
using VpnBot.Diagnostics.Probes;

namespace VpnBot.Diagnostics.Vantages.Rules;

/// <summary>
/// The VPN server answers a protocol inside the network and the same probe fails from the internet: the
/// server is up, and the firewall or NAT router at the edge drops the traffic or forwards it elsewhere.
/// IKE on UDP 500/4500 (<c>path.edge-ike-blocked</c>: 809, 13805 with IKEv2, 792 with L2TP/IPsec), SSTP on
/// TCP 443 (<c>path.edge-sstp-blocked</c>: 800; an outside answer that is not SSTP means the port is
/// forwarded to another host) and PPTP on TCP 1723 (<c>path.edge-pptp-blocked</c>: 619, 800). The inside's
/// answer rules out the readings a single outside vantage point is left with — a stopped service, a server
/// that is down — so those causes give way.
/// </summary>
internal sealed class EdgeBlockedRule : IVantageRule
{
    public const string IkeId = "path.edge-ike-blocked";
    public const string SstpId = "path.edge-sstp-blocked";
    public const string PptpId = "path.edge-pptp-blocked";

    public IEnumerable<VantageCause> Evaluate(VantageInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        // IKEv2 and IKEv1 share UDP 500 and NAT-T rides on 4500 beside them: an inside vantage point that gets
        // no IKE answer at all muddies the contrast for the whole family, whichever probe it ran.
        string[] family = [CheckIds.IkeV2, CheckIds.IkeV1, CheckIds.IkeNatT];
        var insideSilent = input.On(VantageKind.Inside).Findings(family).Any(s => s.Finding.Unanswered());
        List<Contrast> ike = insideSilent
            ? []
            : [.. family.Select(check => Contrast.Of(input, check, f => f.Answered(), f => f.Unanswered())).OfType<Contrast>()];
        if (ike.Count > 0)
        {
            yield return Ike(input, ike);
        }

        if (Contrast.Of(input, CheckIds.SstpListener, f => f.OutcomeIs(ProbeOutcome.Answered), f => f.Unanswered() || f.OutcomeIs(ProbeOutcome.Rejected, ProbeOutcome.Malformed)) is { } sstp)
        {
            yield return Sstp(input, sstp);
        }

        if (Contrast.Of(input, CheckIds.PptpControl, f => f.Answered(), f => f.Unanswered()) is { } pptp)
        {
            yield return Pptp(input, pptp);
        }
    }

    private static VantageCause Ike(VantageInput input, IReadOnlyList<Contrast> contrasts)
    {
        var target = input.Target;
        var checks = contrasts.Select(c => c.Check).ToList();
        var on500 = checks.Contains(CheckIds.IkeV2) || checks.Contains(CheckIds.IkeV1);
        var on4500 = checks.Contains(CheckIds.IkeNatT);
        var ports = Ports(on500 ? target.Ports.Ike : null, on4500 ? target.Ports.NatT : null);
        List<string> codes = [VpnErrors.VpnTimeout];
        if (target.Offers(VpnProtocols.Ikev2) && (checks.Contains(CheckIds.IkeV2) || on4500))
        {
            codes.Add(VpnErrors.IkeTimedOut);
        }

        if (target.Offers(VpnProtocols.L2tp) && (checks.Contains(CheckIds.IkeV1) || on4500))
        {
            codes.Add(VpnErrors.L2tpTimedOut);
        }

        var cause = Support(input, contrasts).ToCause(
            IkeId,
            Strength.Likely,
            codes,
            VantageTexts.Format(nameof(VantageText.EdgeIkeTitle)),
            VantageTexts.Format(nameof(VantageText.EdgeIkeExplanation), ports, Contrast.Describe(contrasts)),
            [
                VantageTexts.Format(nameof(VantageText.EdgeAllowUdp), ports),
                VantageTexts.Format(nameof(VantageText.EdgeForwardUdp), ports),
                VantageTexts.Format(nameof(VantageText.EdgeProbeAgain)),
            ]);
        return new VantageCause(cause)
        {
            Replaces = ReplacedCause.At(Outside(contrasts), IkeSilentRule.BlockedId, IkeSilentRule.NotListeningId, Udp500BlockedRule.Id, AllTunnelsFailRule.Id),
        };
    }

    private static VantageCause Sstp(VantageInput input, Contrast contrast)
    {
        var port = Port(input.Target.Ports.Sstp);

        // Something other than the SSTP listener answers from outside: the port leads to another host.
        var elsewhere = contrast.Outside.Any(s => s.Finding.OutcomeIs(ProbeOutcome.Rejected, ProbeOutcome.Malformed));
        var cause = Support(input, [contrast]).ToCause(
            SstpId,
            Strength.Likely,
            [VpnErrors.AutomaticVpnFailed],
            VantageTexts.Format(nameof(VantageText.EdgeSstpTitle), port),
            VantageTexts.Format(elsewhere ? nameof(VantageText.EdgeSstpElsewhereExplanation) : nameof(VantageText.EdgeSstpExplanation), port, Contrast.Describe([contrast])),
            [
                VantageTexts.Format(elsewhere ? nameof(VantageText.EdgeForwardTcpElsewhere) : nameof(VantageText.EdgeAllowTcp), port),
                VantageTexts.Format(nameof(VantageText.EdgeForwardTcp), port),
                VantageTexts.Format(nameof(VantageText.EdgeProbeAgain)),
            ]);
        return new VantageCause(cause)
        {
            Replaces = ReplacedCause.At(Outside([contrast]), SstpListenerRule.DownId, SstpListenerRule.ShadowedId, AllTunnelsFailRule.Id),
        };
    }

    private static VantageCause Pptp(VantageInput input, Contrast contrast)
    {
        var port = Port(input.Target.Ports.Pptp);
        var cause = Support(input, [contrast]).ToCause(
            PptpId,
            Strength.Likely,
            [VpnErrors.PortDisconnected, VpnErrors.AutomaticVpnFailed],
            VantageTexts.Format(nameof(VantageText.EdgePptpTitle), port),
            VantageTexts.Format(nameof(VantageText.EdgePptpExplanation), port, Contrast.Describe([contrast])),
            [
                VantageTexts.Format(nameof(VantageText.EdgeAllowTcp), port),
                VantageTexts.Format(nameof(VantageText.EdgeForwardTcp), port),
                VantageTexts.Format(nameof(VantageText.EdgePptpGre)),
                VantageTexts.Format(nameof(VantageText.EdgeProbeAgain)),
            ]);
        return new VantageCause(cause) { Replaces = ReplacedCause.At(Outside([contrast]), PptpBlockedRule.Id, AllTunnelsFailRule.Id) };
    }

    private static Support Support(VantageInput input, IEnumerable<Contrast> contrasts) =>
        new Support(input.All)
            .Add(contrasts.SelectMany(c => c.Findings))
            .AddProblems(CheckIds.FirewallRules, CheckIds.NatForwarding)
            .Consult(CheckIds.FirewallRules, CheckIds.NatForwarding);

    /// <summary>The outside vantage points whose silence the inside's answer explains: their own causes give way.</summary>
    private static IEnumerable<VantagePoint> Outside(IEnumerable<Contrast> contrasts) => contrasts.SelectMany(c => c.Outside).Select(s => s.Point);

    private static string Port(int port) => port.ToString(CultureInfo.InvariantCulture);

    /// <summary><c>500</c>, <c>4500</c> or <c>500 and 4500</c>.</summary>
    private static LocalizedText Ports(int? first, int? second) => (first, second) switch
    {
        ({ } one, { } two) => VantageTexts.Format(nameof(VantageText.PortsBoth), Port(one), Port(two)),
        _ => LocalizedText.Invariant(Port(first ?? second ?? 0)),
    };
}
