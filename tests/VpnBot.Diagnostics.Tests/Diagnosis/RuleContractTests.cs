using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using VpnBot.Diagnostics.Diagnosis;
using VpnBot.Diagnostics.Diagnosis.Rules.Dns;
using VpnBot.Diagnostics.KnowledgeBase;
using VpnBot.Diagnostics.Localization;
using VpnBot.Diagnostics.Tests.KnowledgeBase;
using static VpnBot.Diagnostics.Tests.Diagnosis.Make;

namespace VpnBot.Diagnostics.Tests.Diagnosis;

/// <summary>What every cause owes the cards, the CLI and the knowledge base, checked over every rule.</summary>
public sealed class RuleContractTests
{
    private static readonly Type[] RuleTypes = [.. typeof(NameMissingRule).Assembly.GetTypes()
        .Where(t => typeof(IDiagnosisRule).IsAssignableFrom(t) && t is { IsInterface: false, IsAbstract: false })];

    [Theory]
    [MemberData(nameof(RuleScenarios.CauseIds), MemberType = typeof(RuleScenarios))]
    public void Diagnose_Scenario_ProducesACompleteCause(string id)
    {
        var cause = Assert.Single(Diagnoser().Diagnose(Run(RuleScenarios.ByCause[id])), c => c.Id == id);

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
    [MemberData(nameof(RuleScenarios.CauseIds), MemberType = typeof(RuleScenarios))]
    public void Diagnose_Scenario_ExplainsOnlyCodesTheKnowledgeBaseDescribes(string id)
    {
        var catalog = ErrorCodeCatalog.Default;

        foreach (var cause in Diagnoser().Diagnose(Run(RuleScenarios.ByCause[id])))
        {
            Assert.All(cause.ErrorCodes, code =>
            {
                var lookup = catalog.Find(code);
                Assert.True(lookup.Found, $"{cause.Id} explains {code}, which the knowledge base does not describe.");
                Assert.Equal(code, lookup.Entry!.Code);
            });
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

        Assert.Equal(declared.Order(), RuleScenarios.ByCause.Keys.Order());
    }

    [Fact]
    public void AddDiagnosisRules_RegistersEveryRuleOnce()
    {
        var services = new ServiceCollection().AddDiagnosisRules().AddDiagnosisRules();
        using var provider = services.BuildServiceProvider();

        var registered = provider.GetServices<IDiagnosisRule>().Select(r => r.GetType()).ToList();

        Assert.Equal(RuleTypes.Length, registered.Count);
        Assert.Equal(RuleTypes.OrderBy(t => t.FullName), registered.OrderBy(t => t.FullName));
    }

    [Fact]
    public void CauseIds_AreLowerCaseDottedAndUnique()
    {
        Assert.All(RuleScenarios.ByCause.Keys, id => Assert.Matches("^[a-z0-9]+(\\.[a-z0-9-]+)+$", id));
    }

    private static void AssertBothLanguages(LocalizedText text)
    {
        Assert.False(string.IsNullOrWhiteSpace(text.En));
        Assert.False(string.IsNullOrWhiteSpace(text.Ja));
        Assert.DoesNotContain("{", text.En, StringComparison.Ordinal);
        Assert.DoesNotContain("{", text.Ja, StringComparison.Ordinal);
    }
}
