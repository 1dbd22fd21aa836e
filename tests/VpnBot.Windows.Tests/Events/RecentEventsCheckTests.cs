using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Windows.Agent;
using VpnBot.Windows.Configuration;
using VpnBot.Windows.Events;
using VpnBot.Windows.Events.DnsClient;
using VpnBot.Windows.Events.Ike;
using VpnBot.Windows.Events.RasClient;
using VpnBot.Windows.Events.RemoteAccess;
using VpnBot.Windows.Tests.Support;

namespace VpnBot.Windows.Tests.Events;

public sealed class RecentEventsCheckTests
{
    [Fact]
    public async Task RasClient_RecordedFailures_WarnsWithCodesForTheKnowledgeBase()
    {
        var finding = await RunAsync(new RasClientEvents(), RecordedEventLog.From("Events/application-rasclient-20227.xml"));

        Assert.Equal(CheckStatus.Warn, finding.Status);
        Assert.Equal(CheckIds.EventsRasClient, finding.Check);
        Assert.Equal(Targets.Machine, finding.Subject);
        Assert.Equal(["809", "0x80092013", "868"], finding.ErrorCodes);
        Assert.Equal("5", finding.Evidence["count"]);
        Assert.Equal("2025-11-20T01:12:07Z", finding.Evidence["first"]);
        Assert.Equal("2025-11-20T08:55:41Z", finding.Evidence["last"]);
        Assert.Equal("809 ×3, 0x80092013 ×1, 868 ×1", finding.Evidence["top"]);
        Assert.Equal(
            "5 failed VPN connections (RasClient 20227) in the last 24 h, 2025-11-20 01:12 UTC to 2025-11-20 08:55 UTC; error codes: 809 ×3, 0x80092013 ×1, 868 ×1.",
            finding.Summary.En);
        Assert.Equal(
            "過去 24 時間に VPN 接続の失敗 (RasClient 20227) が 5 件ありました (2025-11-20 01:12 UTC～2025-11-20 08:55 UTC)。エラー コード: 809 ×3、0x80092013 ×1、868 ×1。",
            finding.Summary.Ja);
        Assert.Contains("/vpn explain 809", finding.Remediation[0].En, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Any_NoEvents_PassesSayingNoneInTheWindow()
    {
        var finding = await RunAsync(new RasClientEvents(), new RecordedEventLog([]));

        Assert.Equal(CheckStatus.Pass, finding.Status);
        Assert.Equal("No failed VPN connections (RasClient 20227) were logged in the last 24 h.", finding.Summary.En);
        Assert.Contains("過去 24 時間", finding.Summary.Ja, StringComparison.Ordinal);
        Assert.Equal("0", finding.Evidence["count"]);
        Assert.Empty(finding.ErrorCodes);
        Assert.Empty(finding.Remediation);
    }

    [Fact]
    public async Task Any_ConfiguredWindow_IsQueriedAndNamed()
    {
        var log = new RecordedEventLog([]);

        var finding = await RunAsync(new DnsClientEvents(), log, new AgentEventsOptions { Window = TimeSpan.FromMinutes(90) });

        Assert.Contains("timediff(@SystemTime) <= 5400000", log.LastQuery!.XPath, StringComparison.Ordinal);
        Assert.Contains("in the last 90 min", finding.Summary.En, StringComparison.Ordinal);
        Assert.Contains("過去 90 分", finding.Summary.Ja, StringComparison.Ordinal);
        Assert.Equal("90", finding.Evidence["windowMinutes"]);
        Assert.Equal(log.LastQuery.XPath, finding.Evidence["xpath"]);
    }

    [Fact]
    public async Task DnsClient_VpnNameTimedOut_Explains868()
    {
        var finding = await RunAsync(new DnsClientEvents(), RecordedEventLog.From("Events/system-dns-client-1014.xml"));

        Assert.Equal(CheckStatus.Warn, finding.Status);
        Assert.Equal(["868"], finding.ErrorCodes);
        Assert.Equal("vpn.example.com ×2, wpad ×1", finding.Evidence["top"]);
        Assert.Contains("names: vpn.example.com ×2, wpad ×1", finding.Summary.En, StringComparison.Ordinal);
        Assert.Equal(2, finding.Remediation.Count);
    }

    [Fact]
    public async Task DnsClient_OtherNamesOnly_WarnsWithoutACode()
    {
        var finding = await RunAsync(new DnsClientEvents(), RecordedEventLog.From("Events/system-dns-client-1014.xml"), target: Targets.For(fqdn: "vpn.example.net"));

        Assert.Equal(CheckStatus.Warn, finding.Status);
        Assert.Empty(finding.ErrorCodes);
        Assert.Single(finding.Remediation);
    }

    [Fact]
    public async Task RemoteAccess_FailedSignIns_CountsByAddressAndGives691Then812()
    {
        var finding = await RunAsync(new RemoteAccessEvents(), RecordedEventLog.From("Events/system-remoteaccess-20271-20276.xml"));

        Assert.Equal(CheckStatus.Warn, finding.Status);
        Assert.Equal(["691", "812"], finding.ErrorCodes);
        Assert.Equal("203.0.113.45 ×3, 198.51.100.23 ×1, 198.51.100.7 ×1", finding.Evidence["top"]);
        Assert.Equal("4", finding.Evidence["count20271"]);
        Assert.Equal("1", finding.Evidence["count20276"]);
        // User names stay out of the finding: the address says enough for IT, and the card may be shown widely.
        Assert.DoesNotContain(finding.Evidence.Values, v => v.Contains("CORP\\", StringComparison.Ordinal));
        Assert.DoesNotContain("CORP\\", finding.Summary.En, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ike_AuditedFailures_NameReasonsPeersAndCodes()
    {
        var finding = await RunAsync(new IkeFailureEvents(), RecordedEventLog.From("Events/security-4653-4654.xml"));

        Assert.Equal(CheckStatus.Warn, finding.Status);
        Assert.Equal(["13801", "13805"], finding.ErrorCodes);
        Assert.Equal("IKE authentication credentials are unacceptable ×2, Negotiation timed out ×1, No policy configured ×1", finding.Evidence["top"]);
        Assert.Equal("203.0.113.77 ×2, 198.51.100.14 ×1, 198.51.100.90 ×1", finding.Evidence["remoteAddresses"]);
        Assert.Equal("Security", finding.Evidence["log"]);
        Assert.Contains("4 IKE negotiation failures", finding.Summary.En, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ike_NoEvents_SaysAuditingMustBeOn()
    {
        var finding = await RunAsync(new IkeFailureEvents(), new RecordedEventLog([]));

        Assert.Equal(CheckStatus.Pass, finding.Status);
        Assert.Contains("auditpol", finding.Summary.En, StringComparison.Ordinal);
        Assert.Contains("監査", finding.Summary.Ja, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Any_MoreEventsThanTheMaximum_SaysAtLeast()
    {
        var finding = await RunAsync(new RasClientEvents(), RecordedEventLog.From("Events/application-rasclient-20227.xml"), new AgentEventsOptions { MaxEvents = 3 });

        Assert.Equal("3", finding.Evidence["count"]);
        Assert.Equal("true", finding.Evidence["truncated"]);
        Assert.StartsWith("at least 3 failed VPN connections", finding.Summary.En, StringComparison.Ordinal);
        Assert.Contains("3 件以上", finding.Summary.Ja, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(nameof(EventLogReadOutcome.AccessDenied), "not allowed to read the Security log")]
    [InlineData(nameof(EventLogReadOutcome.LogNotFound), "does not exist")]
    [InlineData(nameof(EventLogReadOutcome.Failed), "failed (The RPC server is unavailable.)")]
    [InlineData(nameof(EventLogReadOutcome.TimedOut), "did not finish within 30 s")]
    public async Task Any_LogNotReadable_IsAnError(string outcomeName, string phrase)
    {
        var outcome = Enum.Parse<EventLogReadOutcome>(outcomeName);
        var finding = await RunAsync(new IkeFailureEvents(), new RecordedEventLog([], outcome, "The RPC server is unavailable."));

        Assert.Equal(CheckStatus.Error, finding.Status);
        Assert.Contains(phrase, finding.Summary.En, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(finding.Summary.Ja));
        if (outcome == EventLogReadOutcome.AccessDenied)
        {
            Assert.Contains("Event Log Readers", Assert.Single(finding.Remediation).En, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Any_OnlyGarbageRecords_IsAnErrorNotAPass()
    {
        var finding = await RunAsync(new RasClientEvents(), new RecordedEventLog(["<Event", "garbage"]));

        Assert.Equal(CheckStatus.Error, finding.Status);
        Assert.Equal("2", finding.Evidence["unreadableEvents"]);
    }

    [Fact]
    public async Task Any_SomeGarbageAmongEvents_SummarisesTheRestAndCountsTheGarbage()
    {
        var records = Fixture.EventLines("Events/application-rasclient-20227.xml").Append("<Event><System>").ToList();

        var finding = await RunAsync(new RasClientEvents(), new RecordedEventLog(records));

        Assert.Equal(CheckStatus.Warn, finding.Status);
        Assert.Equal("5", finding.Evidence["count"]);
        Assert.Equal("1", finding.Evidence["unreadableEvents"]);
    }

    [Fact]
    public async Task Any_EventsOfAnotherProvider_AreNotCounted()
    {
        var finding = await RunAsync(new RasClientEvents(), RecordedEventLog.From("Events/system-remoteaccess-20271-20276.xml"));

        Assert.Equal(CheckStatus.Error, finding.Status);
        Assert.Equal("another provider or event id", finding.Evidence["problem"]);
    }

    [Fact]
    public async Task Any_ManyRunsWithinHalfAMinute_ShareOneQuery()
    {
        var log = RecordedEventLog.From("Events/application-rasclient-20227.xml");
        var time = new FakeTimeProvider(Targets.RecordedAt);
        var check = Check(new RasClientEvents(), log, new AgentEventsOptions(), time);

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => RunAsync(check, Targets.For())));
        time.Advance(TimeSpan.FromSeconds(31));
        await RunAsync(check, Targets.For());

        Assert.Equal(2, log.Reads);
    }

    private static Task<Finding> RunAsync(EventFamily family, IEventLogSource log, AgentEventsOptions? options = null, CheckTarget? target = null) =>
        RunAsync(Check(family, log, options ?? new AgentEventsOptions(), new FakeTimeProvider(Targets.RecordedAt)), target ?? Targets.For());

    private static RecentEventsCheck Check(EventFamily family, IEventLogSource log, AgentEventsOptions options, TimeProvider time) =>
        new(family, log, Options.Create(options), new LocalMachine(Targets.Machine), time);

    private static Task<Finding> RunAsync(RecentEventsCheck check, CheckTarget target)
    {
        var unit = Assert.Single(check.Plan(target));
        return unit.Run(CheckContext.Create(target, TimeProvider.System, TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);
    }
}
