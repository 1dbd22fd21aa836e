using Microsoft.Extensions.DependencyInjection;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.DependencyInjection;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Probes;
using VpnBot.Diagnostics.Vantages;
using VpnBot.Diagnostics.Vantages.Rules;
using static VpnBot.Diagnostics.Tests.Diagnosis.Make;
using static VpnBot.Diagnostics.Tests.Vantages.VantageMake;

namespace VpnBot.Diagnostics.Tests.Vantages;

public sealed class VantageDiagnoserTests
{
    [Fact]
    public void Combine_OneVantagePoint_IsThatVantagePointsOwnDiagnosis()
    {
        var only = At(Host, [.. Ike(ProbeOutcome.NoAnswer), Resolve(Primary, "NXDOMAIN")]);

        var combined = Combine(only);

        Assert.NotEmpty(only.Report.Diagnosis);
        Assert.Equal(only.Report.Diagnosis, combined.Diagnosis);
        Assert.Equal(only.Report.Status, combined.Status);
        Assert.Same(only, Assert.Single(combined.Reports));
    }

    [Fact]
    public void Combine_EdgeContrast_ReplacesTheOutsidesServerDownReadingsAndKeepsOtherCauses()
    {
        var inside = At(Host, [.. Ike(ProbeOutcome.Answered), Resolve(Primary, "NOERROR", PublicAddress), Fail(CheckIds.CertName, Fqdn + ":443")]);
        var outside = At(Home, [.. Ike(ProbeOutcome.NoAnswer), Probe(CheckIds.SstpListener, ProbeOutcome.NoAnswer)]);
        Assert.Contains(outside.Report.Diagnosis, c => c.Id == "path.ike-blocked");
        Assert.Contains(outside.Report.Diagnosis, c => c.Id == "server.unreachable");

        var ids = Combine(inside, outside).Diagnosis.Select(c => c.Id).ToList();

        Assert.Equal(EdgeBlockedRule.IkeId, ids[0]);
        Assert.DoesNotContain("path.ike-blocked", ids);
        Assert.DoesNotContain("server.unreachable", ids);
        Assert.Contains("cert.name-mismatch", ids);

        // The outside's SSTP silence has no inside answer to contrast with: its own reading stays.
        Assert.Contains("sstp.listener-down", ids);
    }

    [Fact]
    public void Combine_SameCauseFromOneVantagePointAndTheCombination_KeepsTheCombinationsOnce()
    {
        // The host infers the leak from public resolvers asked from inside; the outside agent sees it where users are.
        var leak = Fail(CheckIds.DnsSplitHorizon, PublicResolver, ("rcode", "NOERROR"), ("addresses", InternalAddress), ("private", InternalAddress));
        var inside = At(Host, Resolve(Primary, "NOERROR", InternalAddress), leak);
        var outside = At(Home, leak);

        var causes = Combine(inside, outside).Diagnosis.Where(c => c.Id == OutsideLeakRule.Id).ToList();

        var cause = Assert.Single(causes);
        Assert.Contains("home-probe (internet, outside)", cause.Explanation.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Combine_ReplacedAtOneVantagePoint_KeepsTheSameCauseNamedElsewhere()
    {
        // Osaka's own IKE silence is not the outside's: the edge cause replaces only what the outside concluded.
        var host = At(Host, [.. Ike(ProbeOutcome.Answered)]);
        var osaka = At(Osaka, Probe(CheckIds.IkeV2, ProbeOutcome.NoAnswer), Probe(CheckIds.IkeNatT, ProbeOutcome.NoAnswer));
        var home = At(Home, [.. Ike(ProbeOutcome.NoAnswer)]);
        Assert.Contains(osaka.Report.Diagnosis, c => c.Id == "path.ike-blocked");

        var ids = Combine(host, osaka, home).Diagnosis.Select(c => c.Id).ToList();

        Assert.Contains("path.ike-blocked", ids);
        Assert.DoesNotContain(EdgeBlockedRule.IkeId, ids);
    }

    [Fact]
    public void Combine_LeakExplainsTheOutsidesSilentProbes_LeakFirstAndNoPathCause()
    {
        var leak = Fail(CheckIds.DnsSplitHorizon, PublicResolver, ("rcode", "NOERROR"), ("addresses", InternalAddress), ("private", InternalAddress));
        var host = At(Host, [.. Ike(ProbeOutcome.Answered), Resolve(Primary, "NOERROR", InternalAddress)]);
        var home = At(Home, leak, ProbeTo(CheckIds.IkeV2, ProbeOutcome.NoAnswer, InternalAddress), ProbeTo(CheckIds.IkeV1, ProbeOutcome.NoAnswer, InternalAddress), ProbeTo(CheckIds.IkeNatT, ProbeOutcome.NoAnswer, InternalAddress));
        Assert.Contains(home.Report.Diagnosis, c => c.Id == "path.ike-blocked" && c.Score > home.Report.Diagnosis.Single(d => d.Id == OutsideLeakRule.Id).Score);

        var ids = Combine(host, home).Diagnosis.Select(c => c.Id).ToList();

        Assert.Equal([OutsideLeakRule.Id], ids);
    }

    [Fact]
    public void Combine_SameOwnCauseAtTwoVantagePoints_KeepsTheStrongest()
    {
        var one = At(Host, Resolve(Primary, "NXDOMAIN"));
        var two = At(TokyoDmz, Resolve(Primary, "NXDOMAIN"), Resolve(Secondary, "NXDOMAIN"));

        var cause = Assert.Single(Combine(one, two).Diagnosis, c => c.Id == "dns.name-missing");

        Assert.Equal(two.Report.Diagnosis.Single(c => c.Id == "dns.name-missing").Score, cause.Score);
    }

    [Fact]
    public void Combine_AgentThatDidNotAnswer_LeavesTheOthersDiagnosisAndMakesTheStateUnknownAtWorst()
    {
        var inside = At(Host, [.. Ike(ProbeOutcome.Answered), Resolve(Primary, "NOERROR", PublicAddress)]);
        var dead = At(Home, VantageMake.Silent(Home));

        var combined = Combine(inside, dead);

        Assert.Empty(combined.Diagnosis);
        Assert.Equal(ReportStatus.Unknown, combined.Status);
    }

    [Fact]
    public void Combine_CausesAreRankedStrongestFirst()
    {
        var combined = Combine(
            At(Host, [.. Ike(ProbeOutcome.Answered), Resolve(Primary, "NOERROR", InternalAddress), Finding(CheckIds.DnsTtl, CheckStatus.Warn, Fqdn, ("ttl", "86400"), ("maxTtl", "3600"))]),
            At(Osaka, Resolve(OsakaDns, "NXDOMAIN")),
            At(Home, [.. Ike(ProbeOutcome.NoAnswer)]));

        var scores = combined.Diagnosis.Select(c => c.Score).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
        Assert.Contains(combined.Diagnosis, c => c.Id == SiteDisagreesRule.DisagreesId);
        Assert.Equal("dns.long-ttl", combined.Diagnosis[^1].Id);
    }

    [Fact]
    public void AddVpnDiagnostics_ResolvesTheVantageDiagnoserWithEveryRuleOnce()
    {
        var services = new ServiceCollection().AddVpnDiagnostics().AddVantageRules();
        using var provider = services.BuildServiceProvider();

        var rules = provider.GetServices<IVantageRule>().Select(r => r.GetType()).ToList();
        var diagnoser = provider.GetRequiredService<VantageDiagnoser>();

        Assert.Equal(VantageRuleContractTests.RuleTypes.OrderBy(t => t.FullName), rules.OrderBy(t => t.FullName));
        Assert.Same(diagnoser, provider.GetRequiredService<VantageDiagnoser>());
        var combined = diagnoser.Combine(Target, [At(Host, [.. Ike(ProbeOutcome.Answered)]), At(Home, [.. Ike(ProbeOutcome.NoAnswer)])], DateTimeOffset.UnixEpoch, 1);
        Assert.Equal(EdgeBlockedRule.IkeId, combined.Diagnosis[0].Id);
    }
}
