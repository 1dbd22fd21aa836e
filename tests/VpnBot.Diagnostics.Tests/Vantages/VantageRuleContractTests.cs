using System.Reflection;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.KnowledgeBase;
using VpnBot.Diagnostics.Localization;
using VpnBot.Diagnostics.Probes;
using VpnBot.Diagnostics.Tests.KnowledgeBase;
using VpnBot.Diagnostics.Vantages;
using VpnBot.Diagnostics.Vantages.Rules;
using static VpnBot.Diagnostics.Tests.Diagnosis.Make;
using static VpnBot.Diagnostics.Tests.Vantages.VantageMake;

namespace VpnBot.Diagnostics.Tests.Vantages;

/// <summary>What every cause of several vantage points owes the cards, the CLI and the knowledge base, as one vantage point's causes do.</summary>
public sealed class VantageRuleContractTests
{
    public static readonly Type[] RuleTypes = [.. typeof(IVantageRule).Assembly.GetTypes()
        .Where(t => typeof(IVantageRule).IsAssignableFrom(t) && t is { IsInterface: false, IsAbstract: false })];

    /// <summary>For every cause id the vantage rules declare, reports that produce it.</summary>
    private static readonly Dictionary<string, VantageReport[]> Scenarios = new(StringComparer.Ordinal)
    {
        [OutsideLeakRule.Id] =
        [
            At(Host, Resolve(Primary, "NOERROR", InternalAddress)),
            At(Home, Fail(CheckIds.DnsSplitHorizon, PublicResolver, ("rcode", "NOERROR"), ("addresses", InternalAddress), ("private", InternalAddress))),
        ],
        [OutsideNameMissingRule.Id] = [At(Host, Resolve(Primary, "NOERROR", InternalAddress)), At(Home, External("NXDOMAIN"))],
        [EdgeBlockedRule.IkeId] = [At(Host, Ike(ProbeOutcome.Answered)), At(Home, Ike(ProbeOutcome.NoAnswer))],
        [EdgeBlockedRule.SstpId] = [At(Host, Probe(CheckIds.SstpListener, ProbeOutcome.Answered)), At(Home, Probe(CheckIds.SstpListener, ProbeOutcome.Malformed))],
        [EdgeBlockedRule.PptpId] = [At(Host, Probe(CheckIds.PptpControl, ProbeOutcome.Answered)), At(Home, Probe(CheckIds.PptpControl, ProbeOutcome.Refused))],
        [SiteDisagreesRule.DisagreesId] = [At(Host, Resolve(Primary, "NOERROR", InternalAddress)), At(Osaka, Resolve(OsakaDns, "NXDOMAIN"))],
        [SiteDisagreesRule.BehindId] =
        [
            At(Host, Resolve(Primary, "NOERROR", InternalAddress), Serials("example.com", (Primary, "7"))),
            At(Osaka, Resolve(OsakaDns, "NOERROR", InternalAddress), Serials("example.com", (OsakaDns, "6"))),
        ],
    };

    public static TheoryData<string> CauseIds => [.. Scenarios.Keys];

    [Theory]
    [MemberData(nameof(CauseIds))]
    public void Combine_Scenario_ProducesACompleteCause(string id)
    {
        var cause = Assert.Single(Combine(Scenarios[id]).Diagnosis, c => c.Id == id);

        Assert.InRange(cause.Score, 1, 100);
        AssertBothLanguages(cause.Title);
        AssertBothLanguages(cause.Explanation);
        Assert.NotEmpty(cause.Remediation);
        Assert.All(cause.Remediation, AssertBothLanguages);
        Assert.NotEmpty(cause.Checks);
        Assert.All(cause.Checks, check => Assert.Contains(check, KnownCheckIds.All));
        Assert.Equal(cause.Checks.Count, cause.Checks.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(CauseIds))]
    public void Combine_Scenario_ExplainsOnlyCodesTheKnowledgeBaseDescribes(string id)
    {
        foreach (var cause in Combine(Scenarios[id]).Diagnosis)
        {
            Assert.All(cause.ErrorCodes, code =>
            {
                var lookup = ErrorCodeCatalog.Default.Find(code);
                Assert.True(lookup.Found, $"{cause.Id} explains {code}, which the knowledge base does not describe.");
                Assert.Equal(code, lookup.Entry!.Code);
            });
        }
    }

    [Theory]
    [MemberData(nameof(CauseIds))]
    public void Combine_Scenario_ReplacesOnlyCauseIdsTheSingleVantageRulesDeclare(string id)
    {
        var declared = Diagnosis.RuleScenarios.ByCause.Keys.ToHashSet(StringComparer.Ordinal);

        foreach (var found in RuleTypes.Select(t => (IVantageRule)Activator.CreateInstance(t)!).SelectMany(r => r.Evaluate(Together(Scenarios[id]))))
        {
            Assert.All(found.Replaces, replaced => Assert.Contains(replaced.CauseId, declared));
        }
    }

    [Fact]
    public void Scenarios_CoverEveryCauseIdTheRulesDeclare()
    {
        var declared = RuleTypes
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral && f.Name.EndsWith("Id", StringComparison.Ordinal))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToHashSet();

        Assert.Equal(declared.Order(), Scenarios.Keys.Order());
        Assert.All(Scenarios.Keys, id => Assert.Matches("^[a-z0-9]+(\\.[a-z0-9-]+)+$", id));
    }

    private static void AssertBothLanguages(LocalizedText text)
    {
        Assert.False(string.IsNullOrWhiteSpace(text.En));
        Assert.False(string.IsNullOrWhiteSpace(text.Ja));
        Assert.DoesNotContain("{", text.En, StringComparison.Ordinal);
        Assert.DoesNotContain("{", text.Ja, StringComparison.Ordinal);
    }
}
