using VpnBot.Diagnostics.Dns;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Tests.Dns.Wire;

namespace VpnBot.Diagnostics.Tests.Dns;

public sealed class DnsConsistencyCheckTests
{
    private static DnsConsistencyCheck Check() => new(DnsHarness.Querier());

    private static TestZone Zone(uint serial, string? address = "10.0.0.5") =>
        address is null ? new TestZone(DnsHarness.Zone, serial) : new TestZone(DnsHarness.Zone, serial).With(Rr.A(DnsHarness.Fqdn, address));

    [Fact]
    public async Task Run_OneServer_SkipsWithReason()
    {
        await using var server = FakeDnsServer.Start(Zone(1));

        var finding = await DnsHarness.RunSingleAsync(Check(), DnsHarness.Target([server.EndPoint]));

        Assert.Equal(CheckStatus.Skip, finding.Status);
        Assert.Contains("--dns", finding.Summary.En, StringComparison.Ordinal);
        Assert.Contains("--dns", finding.Summary.Ja, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_SameSerialAndAnswer_Passes()
    {
        await using var a = FakeDnsServer.Start(Zone(2024010108));
        await using var b = FakeDnsServer.Start(Zone(2024010108));

        var finding = await DnsHarness.RunSingleAsync(Check(), DnsHarness.Target([a.EndPoint, b.EndPoint]));

        Assert.Equal(CheckStatus.Pass, finding.Status);
        Assert.Equal(DnsHarness.Zone, finding.Evidence["zone"]);
        Assert.Equal($"{a.EndPoint}=2024010108, {b.EndPoint}=2024010108", finding.Evidence["serials"]);
        Assert.False(finding.Evidence.ContainsKey("behind"));
    }

    [Fact]
    public async Task Run_SecondaryBehind_FailsNamingItAndByHowMuch()
    {
        await using var primary = FakeDnsServer.Start(Zone(2024010108));
        await using var secondary = FakeDnsServer.Start(Zone(2024010105));

        var finding = await DnsHarness.RunSingleAsync(Check(), DnsHarness.Target([primary.EndPoint, secondary.EndPoint]));

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Equal(secondary.EndPoint.ToString(), finding.Evidence["behind"]);
        Assert.Equal($"{primary.EndPoint}=2024010108, {secondary.EndPoint}=2024010105", finding.Evidence["serials"]);
        Assert.Contains($"{secondary.EndPoint} is 3 behind", finding.Summary.En, StringComparison.Ordinal);
        Assert.Contains("zone transfer", finding.Summary.En, StringComparison.Ordinal);
        Assert.Contains("ゾーン転送", finding.Summary.Ja, StringComparison.Ordinal);
        Assert.Empty(finding.ErrorCodes);
        Assert.Contains(finding.Remediation, r => r.En.Contains("Start-DnsServerZoneTransfer", StringComparison.Ordinal));
        DnsHarness.AssertActionable(finding);
    }

    [Fact]
    public async Task Run_SerialWrappedAround_TheSmallerNumberIsNewer()
    {
        // RFC 1982: 2 is 3 increments after 4294967295.
        await using var a = FakeDnsServer.Start(Zone(uint.MaxValue));
        await using var b = FakeDnsServer.Start(Zone(2));

        var finding = await DnsHarness.RunSingleAsync(Check(), DnsHarness.Target([a.EndPoint, b.EndPoint]));

        Assert.Equal(a.EndPoint.ToString(), finding.Evidence["behind"]);
        Assert.Contains("3 behind", finding.Summary.En, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_RecordMissingOnOneServer_FailsExplaining868()
    {
        await using var primary = FakeDnsServer.Start(Zone(10));
        await using var secondary = FakeDnsServer.Start(Zone(9, address: null));

        var finding = await DnsHarness.RunSingleAsync(Check(), DnsHarness.Target([primary.EndPoint, secondary.EndPoint]));

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Equal(secondary.EndPoint.ToString(), finding.Evidence["missing"]);
        Assert.Equal(secondary.EndPoint.ToString(), finding.Evidence["behind"]);
        Assert.Contains("868", finding.ErrorCodes);
        Assert.Contains($"{secondary.EndPoint}=NXDOMAIN", finding.Evidence["answers"], StringComparison.Ordinal);
        DnsHarness.AssertActionable(finding);
    }

    [Fact]
    public async Task Run_OtherAddressOnSameSerial_FailsAsDiffering()
    {
        await using var a = FakeDnsServer.Start(Zone(7, "10.0.0.5"));
        await using var b = FakeDnsServer.Start(Zone(7, "10.0.0.99"));

        var finding = await DnsHarness.RunSingleAsync(Check(), DnsHarness.Target([a.EndPoint, b.EndPoint]));

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Equal(b.EndPoint.ToString(), finding.Evidence["differing"]);
        Assert.Contains("809", finding.ErrorCodes);
        Assert.Contains("10.0.0.99", finding.Summary.En, StringComparison.Ordinal);
        DnsHarness.AssertActionable(finding);
    }

    [Fact]
    public async Task Run_OneServerSilent_ComparesTheOthersAndNamesIt()
    {
        await using var a = FakeDnsServer.Start(Zone(7));
        await using var b = FakeDnsServer.Start(Zone(7));
        await using var silent = FakeDnsServer.Start((_, _) => new ServerReply.Silence());

        var finding = await DnsHarness.RunSingleAsync(Check(), DnsHarness.Target([a.EndPoint, b.EndPoint, silent.EndPoint]), TimeSpan.FromSeconds(2));

        Assert.Equal(CheckStatus.Pass, finding.Status);
        Assert.Equal(silent.EndPoint.ToString(), finding.Evidence["unanswered"]);
        Assert.Contains($"{silent.EndPoint}=none", finding.Evidence["serials"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_NoServerHoldsTheZone_IsAnError()
    {
        await using var a = FakeDnsServer.Start(new TestZone("other.test"));
        await using var b = FakeDnsServer.Start(new TestZone("other.test"));

        var finding = await DnsHarness.RunSingleAsync(Check(), DnsHarness.Target([a.EndPoint, b.EndPoint]));

        Assert.Equal(CheckStatus.Error, finding.Status);
        Assert.Contains("REFUSED", finding.Evidence["answers"], StringComparison.Ordinal);
        DnsHarness.AssertActionable(finding);
    }

    [Fact]
    public async Task Run_OnlyOneOfTwoServersAnswers_IsAnErrorNamingTheSilentOne()
    {
        await using var a = FakeDnsServer.Start(Zone(7));
        await using var silent = FakeDnsServer.Start((_, _) => new ServerReply.Silence());

        var finding = await DnsHarness.RunSingleAsync(Check(), DnsHarness.Target([a.EndPoint, silent.EndPoint]), TimeSpan.FromSeconds(1));

        Assert.Equal(CheckStatus.Error, finding.Status);
        Assert.Equal(silent.EndPoint.ToString(), finding.Evidence["unanswered"]);
        DnsHarness.AssertActionable(finding);
    }
}
