using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Diagnosis.Rules.Paths;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Probes;
using static VpnBot.Diagnostics.Tests.Diagnosis.Make;

namespace VpnBot.Diagnostics.Tests.Diagnosis;

public sealed class PathRuleTests
{
    private static readonly Finding V2Silent = Probe(CheckIds.IkeV2, ProbeOutcome.NoAnswer);
    private static readonly Finding V1Silent = Probe(CheckIds.IkeV1, ProbeOutcome.NoAnswer);
    private static readonly Finding NatTAnswers = Probe(CheckIds.IkeNatT, ProbeOutcome.Answered);
    private static readonly Finding NatTSilent = Probe(CheckIds.IkeNatT, ProbeOutcome.NoAnswer);

    [Fact]
    public void Udp500Blocked_Port500SilentWhile4500Answers_Explains809()
    {
        var cause = Assert.Single(new Udp500BlockedRule().Evaluate(Run(V2Silent, V1Silent, NatTAnswers)));

        Assert.Equal(Udp500BlockedRule.Id, cause.Id);
        Assert.Equal(["809"], cause.ErrorCodes);
        Assert.Equal([CheckIds.IkeV2, CheckIds.IkeV1, CheckIds.IkeNatT], cause.Checks);
        Assert.Equal([CheckIds.FirewallRules, CheckIds.NatForwarding], cause.ConfirmWith);
        Assert.Contains("ike.v2", cause.Explanation.En, StringComparison.Ordinal);
        Assert.Contains("応答なし", cause.Explanation.Ja, StringComparison.Ordinal);
    }

    [Fact]
    public void Udp500Blocked_MoreWitnesses_RankHigher()
    {
        var rule = new Udp500BlockedRule();

        var one = rule.Evaluate(Run(V2Silent, NatTAnswers)).Single();
        var both = rule.Evaluate(Run(V2Silent, V1Silent, NatTAnswers)).Single();
        var withNat = rule.Evaluate(Run(V2Silent, V1Silent, NatTAnswers, Fail(CheckIds.NatForwarding, "edge-router"))).Single();

        Assert.True(both.Score > one.Score);
        Assert.True(withNat.Score > both.Score);
    }

    [Fact]
    public void Udp500Blocked_4500SilentToo_IsNotThisCause()
    {
        Assert.Empty(new Udp500BlockedRule().Evaluate(Run(V2Silent, V1Silent, NatTSilent)));
    }

    [Fact]
    public void Udp500Blocked_OtherIkeVersionAnswersOn500_IsNotThisCause()
    {
        // IKEv1 answering proves UDP 500 passes; IKEv2 silence there is a server setting, not the path.
        Assert.Empty(new Udp500BlockedRule().Evaluate(Run(V2Silent, Probe(CheckIds.IkeV1, ProbeOutcome.Answered), NatTAnswers)));
    }

    [Fact]
    public void IkeSilent_NoAnswerOnBothPorts_Explains809_13805_792()
    {
        var cause = Assert.Single(new IkeSilentRule().Evaluate(Run(V2Silent, V1Silent, NatTSilent)));

        Assert.Equal(IkeSilentRule.BlockedId, cause.Id);
        Assert.Equal(["809", "13805", "792"], cause.ErrorCodes);
        Assert.Contains(CheckIds.RrasService, cause.ConfirmWith);
    }

    [Fact]
    public void IkeSilent_OnlyIkev2Offered_LeavesOutTheL2tpCode()
    {
        var cause = Assert.Single(new IkeSilentRule().Evaluate(Run(VpnProtocols.Ikev2, V2Silent, NatTSilent)));

        Assert.Equal(["809", "13805"], cause.ErrorCodes);
    }

    [Fact]
    public void IkeSilent_RefusedOnBothPorts_MeansNothingListens()
    {
        var cause = Assert.Single(new IkeSilentRule().Evaluate(Run(
            Probe(CheckIds.IkeV2, ProbeOutcome.Refused),
            Probe(CheckIds.IkeNatT, ProbeOutcome.Refused))));

        Assert.Equal(IkeSilentRule.NotListeningId, cause.Id);
    }

    [Fact]
    public void IkeSilent_FirewallCheckAgrees_RanksHigher()
    {
        var rule = new IkeSilentRule();

        var silent = rule.Evaluate(Run(V2Silent, NatTSilent)).Single();
        var blocked = rule.Evaluate(Run(V2Silent, NatTSilent, Fail(CheckIds.FirewallRules, "fw01"))).Single();

        Assert.True(blocked.Score > silent.Score);
    }

    [Fact]
    public void IkeSilent_ServiceDown_IsTheOtherReadingAndAddsNothing()
    {
        var rule = new IkeSilentRule();

        var silent = rule.Evaluate(Run(V2Silent, NatTSilent)).Single();
        var serviceDown = rule.Evaluate(Run(V2Silent, NatTSilent, Fail(CheckIds.RrasService, "vpn01"))).Single();

        Assert.Equal(silent.Score, serviceDown.Score);
        Assert.Contains(CheckIds.RrasService, serviceDown.ConfirmWith);
    }

    [Fact]
    public void IkeSilent_NatTNotProbed_IsOnlyPossible()
    {
        var withoutNatT = new IkeSilentRule().Evaluate(Run(V2Silent)).Single();
        var withNatT = new IkeSilentRule().Evaluate(Run(V2Silent, NatTSilent)).Single();

        Assert.True(withoutNatT.Score < withNatT.Score);
    }

    [Fact]
    public void IkeSilent_4500AnswersOrA500ProbeAnswers_IsNotThisCause()
    {
        var rule = new IkeSilentRule();

        Assert.Empty(rule.Evaluate(Run(V2Silent, V1Silent, NatTAnswers)));
        Assert.Empty(rule.Evaluate(Run(V2Silent, Probe(CheckIds.IkeV1, ProbeOutcome.Answered), NatTSilent)));
        Assert.Empty(rule.Evaluate(Run(Finding(CheckIds.IkeV2, CheckStatus.Skip, Server))));
    }

    [Fact]
    public void PolicyMismatch_Ikev2NoProposalChosen_Explains13868()
    {
        var cause = Assert.Single(new IkePolicyMismatchRule().Evaluate(Run(Probe(CheckIds.IkeV2, ProbeOutcome.NoProposalChosen))));

        Assert.Equal(IkePolicyMismatchRule.IkeV2Id, cause.Id);
        Assert.Equal(["13868"], cause.ErrorCodes);
    }

    [Fact]
    public void PolicyMismatch_Ikev1NoProposalChosen_Explains788()
    {
        var cause = Assert.Single(new IkePolicyMismatchRule().Evaluate(Run(Probe(CheckIds.IkeV1, ProbeOutcome.NoProposalChosen))));

        Assert.Equal(IkePolicyMismatchRule.IkeV1Id, cause.Id);
        Assert.Equal(["788"], cause.ErrorCodes);
    }

    [Theory]
    [InlineData(ProbeOutcome.Answered)]
    [InlineData(ProbeOutcome.InvalidKe)] // a DH-group hint the client follows, not a mismatch
    [InlineData(ProbeOutcome.Cookie)]
    [InlineData(ProbeOutcome.NoAnswer)]
    public void PolicyMismatch_OtherOutcomes_AreNotAMismatch(string outcome)
    {
        Assert.Empty(new IkePolicyMismatchRule().Evaluate(Run(Probe(CheckIds.IkeV2, outcome), Probe(CheckIds.IkeV1, outcome))));
    }

    [Theory]
    [InlineData(ProbeOutcome.Refused)]
    [InlineData(ProbeOutcome.NoAnswer)]
    [InlineData(ProbeOutcome.Unreachable)]
    public void PptpBlocked_ControlConnectionFails_Explains619And800(string outcome)
    {
        var cause = Assert.Single(new PptpBlockedRule().Evaluate(Run(Probe(CheckIds.PptpControl, outcome))));

        Assert.Equal(["619", "800"], cause.ErrorCodes);
        Assert.Contains(CheckIds.FirewallRules, cause.ConfirmWith);
    }

    [Fact]
    public void PptpBlocked_ServerAnswersOrProbeSkipped_IsNotACause()
    {
        Assert.Empty(new PptpBlockedRule().Evaluate(Run(Probe(CheckIds.PptpControl, ProbeOutcome.Answered))));
        Assert.Empty(new PptpBlockedRule().Evaluate(Run(Finding(CheckIds.PptpControl, CheckStatus.Skip, Server))));
    }

    [Fact]
    public void GreBlocked_WhileControlAnswers_IsThe806Signature()
    {
        var rule = new GreBlockedRule();

        var alone = rule.Evaluate(Run(Fail(CheckIds.GrePath))).Single();
        var signature = rule.Evaluate(Run(Fail(CheckIds.GrePath), Probe(CheckIds.PptpControl, ProbeOutcome.Answered))).Single();

        Assert.Equal(["806", "619"], signature.ErrorCodes);
        Assert.True(signature.Score > alone.Score);
        Assert.NotEqual(alone.Explanation.En, signature.Explanation.En);
    }

    [Fact]
    public void GreBlocked_SkippedForLackOfRawSockets_IsNotACause()
    {
        Assert.Empty(new GreBlockedRule().Evaluate(Run(Finding(CheckIds.GrePath, CheckStatus.Skip, Server))));
    }

    [Theory]
    [InlineData(ProbeOutcome.NoAnswer, SstpListenerRule.DownId)]
    [InlineData(ProbeOutcome.Refused, SstpListenerRule.DownId)]
    [InlineData(ProbeOutcome.Silent, SstpListenerRule.DownId)]
    [InlineData(ProbeOutcome.Rejected, SstpListenerRule.ShadowedId)]
    [InlineData(ProbeOutcome.Malformed, SstpListenerRule.ShadowedId)]
    [InlineData(ProbeOutcome.TlsFailed, SstpListenerRule.TlsFailedId)]
    public void SstpListener_FailureKinds_AreToldApart(string outcome, string id)
    {
        var cause = Assert.Single(new SstpListenerRule().Evaluate(Run(Probe(CheckIds.SstpListener, outcome))));

        Assert.Equal(id, cause.Id);
        Assert.Equal(["800"], cause.ErrorCodes);
    }

    [Fact]
    public void SstpListener_Answers_IsNotACause()
    {
        Assert.Empty(new SstpListenerRule().Evaluate(Run(Probe(CheckIds.SstpListener, ProbeOutcome.Answered))));
    }

    [Fact]
    public void NetworkPolicy_FirewallAndNatFindings_AreTwoCauses()
    {
        var causes = new NetworkPolicyRule().Evaluate(Run(Fail(CheckIds.FirewallRules, "fw01"), Fail(CheckIds.NatForwarding, "edge-router"))).ToList();

        Assert.Equal([NetworkPolicyRule.FirewallId, NetworkPolicyRule.NatForwardingId], causes.Select(c => c.Id));
        Assert.All(causes, cause => Assert.Equal(["809", "800"], cause.ErrorCodes));
        Assert.Contains("edge-router", causes[1].Explanation.Ja, StringComparison.Ordinal);
    }

    [Fact]
    public void NetworkPolicy_SilentProbeAgrees_RanksHigher()
    {
        var rule = new NetworkPolicyRule();

        var alone = rule.Evaluate(Run(Fail(CheckIds.FirewallRules, "fw01"))).Single();
        var seen = rule.Evaluate(Run(Fail(CheckIds.FirewallRules, "fw01"), V2Silent)).Single();

        Assert.True(seen.Score > alone.Score);
    }

    [Fact]
    public void NetworkPolicy_RulesetPasses_IsNotACause()
    {
        Assert.Empty(new NetworkPolicyRule().Evaluate(Run(Pass(CheckIds.FirewallRules, "fw01"), Pass(CheckIds.NatForwarding, "edge-router"), V2Silent)));
    }
}
