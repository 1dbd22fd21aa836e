using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Diagnosis.Rules.Certificates;
using VpnBot.Diagnostics.Diagnosis.Rules.Dns;
using VpnBot.Diagnostics.Diagnosis.Rules.Paths;
using VpnBot.Diagnostics.Diagnosis.Rules.Server;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Probes;
using static VpnBot.Diagnostics.Tests.Diagnosis.Make;

namespace VpnBot.Diagnostics.Tests.Diagnosis;

/// <summary>Whole runs through every registered rule: what an administrator reads first.</summary>
public sealed class RankingTests
{
    private static readonly Finding[] EverythingSilent =
    [
        Probe(CheckIds.IkeV2, ProbeOutcome.NoAnswer),
        Probe(CheckIds.IkeV1, ProbeOutcome.NoAnswer),
        Probe(CheckIds.IkeNatT, ProbeOutcome.NoAnswer),
        Probe(CheckIds.SstpListener, ProbeOutcome.NoAnswer),
        Probe(CheckIds.PptpControl, ProbeOutcome.NoAnswer),
    ];

    [Fact]
    public void Diagnose_HealthyEndpoint_FindsNothing()
    {
        Assert.Empty(Diagnoser().Diagnose(Run([.. Healthy()])));
    }

    [Fact]
    public void Diagnose_SecondaryBehindAndWithoutTheRecord_Puts868First()
    {
        var input = HealthyExcept(
            Resolve(Secondary, "NXDOMAIN"),
            Fail(CheckIds.DnsConsistency, "example.com", ("serials", $"{Primary}=2026112602, {Secondary}=2026112501"), ("behind", Secondary), ("missing", Secondary)));

        var diagnosis = Diagnoser().Diagnose(input);

        var first = diagnosis[0];
        Assert.Equal(ZoneReplicationRule.SecondaryStaleId, first.Id);
        Assert.Equal("868", first.ErrorCodes[0]);
    }

    [Fact]
    public void Diagnose_Udp500SilentWhile4500Answers_Puts809First()
    {
        var input = HealthyExcept(Probe(CheckIds.IkeV2, ProbeOutcome.NoAnswer), Probe(CheckIds.IkeV1, ProbeOutcome.NoAnswer));

        var diagnosis = Diagnoser().Diagnose(input);

        Assert.Equal(Udp500BlockedRule.Id, diagnosis[0].Id);
        Assert.Equal("809", diagnosis[0].ErrorCodes[0]);
        Assert.DoesNotContain(diagnosis, cause => cause.Id is IkeSilentRule.BlockedId or AllTunnelsFailRule.Id);
    }

    [Fact]
    public void Diagnose_CertificateWithoutTheDialledName_Puts13801First()
    {
        var input = HealthyExcept(Fail(CheckIds.CertName, Fqdn + ":443", ("dialled", Fqdn), ("dnsSans", "gw.internal.example")));

        var diagnosis = Diagnoser().Diagnose(input);

        Assert.Equal(CertificateNameRule.Id, diagnosis[0].Id);
        Assert.Equal("13801", diagnosis[0].ErrorCodes[0]);
    }

    [Fact]
    public void Diagnose_EverythingSilent_PutsTheServerAboveEachPort()
    {
        var diagnosis = Diagnoser().Diagnose(HealthyExcept(EverythingSilent));

        Assert.Equal(AllTunnelsFailRule.Id, diagnosis[0].Id);
        Assert.Equal("800", diagnosis[0].ErrorCodes[0]);
        Assert.Equal([IkeSilentRule.BlockedId, PptpBlockedRule.Id, SstpListenerRule.DownId], diagnosis.Skip(1).Select(c => c.Id).Order());
    }

    [Fact]
    public void Diagnose_EverythingSilentAndTheAgentSaysRrasIsDown_PutsTheServiceFirst()
    {
        var diagnosis = Diagnoser().Diagnose(HealthyExcept([.. EverythingSilent, Fail(CheckIds.RrasService, "vpn01")]));

        Assert.Equal([RrasServiceRule.Id, AllTunnelsFailRule.Id], diagnosis.Take(2).Select(c => c.Id));
        Assert.Equal("800", diagnosis[0].ErrorCodes[0]);
    }

    [Fact]
    public void Diagnose_NameMissingAndLongTtl_PutsTheOutageAboveTheHygiene()
    {
        var input = HealthyExcept(
            Resolve(Primary, "NXDOMAIN"),
            Resolve(Secondary, "NXDOMAIN"),
            Finding(CheckIds.DnsTtl, CheckStatus.Warn, Fqdn, ("ttl", "86400"), ("maxTtl", "3600")),
            Fail(CheckIds.DnsPtr));

        var ids = Diagnoser().Diagnose(input).Select(c => c.Id).ToList();

        Assert.Equal([NameMissingRule.Id, LongTtlRule.Id, ReverseRecordRule.Id], ids);
    }

    [Fact]
    public void Diagnose_ScoresStayInRangeAndDescend()
    {
        var diagnosis = Diagnoser().Diagnose(Run([.. RuleScenarios.Everything()]));

        Assert.NotEmpty(diagnosis);
        Assert.All(diagnosis, cause => Assert.InRange(cause.Score, 0, 100));
        Assert.Equal(diagnosis.Select(c => c.Score).OrderDescending(), diagnosis.Select(c => c.Score));
        Assert.Equal(diagnosis.Count, diagnosis.Select(c => c.Id).Distinct().Count());
    }
}
