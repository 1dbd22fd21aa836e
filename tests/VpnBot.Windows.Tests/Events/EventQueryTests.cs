using VpnBot.Windows.Events;
using VpnBot.Windows.Events.DnsClient;
using VpnBot.Windows.Events.Ike;
using VpnBot.Windows.Events.RasClient;
using VpnBot.Windows.Events.RemoteAccess;

namespace VpnBot.Windows.Tests.Events;

public sealed class EventQueryTests
{
    [Fact]
    public void XPath_RasClient_IsWhatEventViewerWouldFilter()
    {
        var family = new RasClientEvents();
        var query = new EventQuery(family.LogName, family.Provider, family.EventIds, TimeSpan.FromHours(24), 2000);

        Assert.Equal("*[System[Provider[@Name='RasClient'] and (EventID=20227) and TimeCreated[timediff(@SystemTime) <= 86400000]]]", query.XPath);
        Assert.Equal("Application", query.LogName);
    }

    [Fact]
    public void XPath_RemoteAccessTwoIds_AreOred()
    {
        var family = new RemoteAccessEvents();

        var query = new EventQuery(family.LogName, family.Provider, family.EventIds, TimeSpan.FromMinutes(90), 10);

        Assert.Equal("*[System[Provider[@Name='RemoteAccess'] and (EventID=20271 or EventID=20276) and TimeCreated[timediff(@SystemTime) <= 5400000]]]", query.XPath);
        Assert.Equal("System", query.LogName);
    }

    [Fact]
    public void XPath_DnsClientAndIke_NameTheirProvidersAndLogs()
    {
        var dns = new DnsClientEvents();
        var ike = new IkeFailureEvents();

        Assert.Equal("*[System[Provider[@Name='Microsoft-Windows-DNS-Client'] and (EventID=1014) and TimeCreated[timediff(@SystemTime) <= 86400000]]]",
            new EventQuery(dns.LogName, dns.Provider, dns.EventIds, TimeSpan.FromDays(1), 1).XPath);
        Assert.Equal("*[System[Provider[@Name='Microsoft-Windows-Security-Auditing'] and (EventID=4653 or EventID=4654) and TimeCreated[timediff(@SystemTime) <= 86400000]]]",
            new EventQuery(ike.LogName, ike.Provider, ike.EventIds, TimeSpan.FromDays(1), 1).XPath);
        Assert.Equal("Security", ike.LogName);
    }

    [Theory]
    [InlineData("RasClient'] or 1=1 or Provider[@Name='x")]
    [InlineData("")]
    [InlineData("Ras Client")]
    public void XPath_ProviderThatCouldEndTheLiteral_IsRefused(string provider)
    {
        var query = new EventQuery("Application", provider, [20227], TimeSpan.FromHours(1), 1);

        Assert.Throws<InvalidOperationException>(() => query.XPath);
    }
}
