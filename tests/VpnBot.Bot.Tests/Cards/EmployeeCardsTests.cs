using System.Text.RegularExpressions;
using VpnBot.Bot.Cards.Model;
using VpnBot.Bot.Cards.Views;
using VpnBot.Bot.Tests.Cards.Gallery;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.KnowledgeBase;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Bot.Tests.Cards;

/// <summary>Employees never see internal addresses, server names, check ids or evidence: whatever data the cards are built from.</summary>
public sealed partial class EmployeeCardsTests
{
    public static TheoryData<string, Language> EmployeeCards() =>
        [.. CardGallery.Each().Where(p => p.Card.Audience == Audience.Employee).Select(p => (p.Card.Name, p.Language))];

    [Theory]
    [MemberData(nameof(EmployeeCards))]
    public void GalleryEmployeeCard_ShowsNoInternalDetail(string name, Language language)
    {
        AssertNoInternalDetail(CardGallery.Find(name).Build(language));
    }

    /// <summary>A status card built from endpoints whose names, FQDNs and causes are full of addresses and check ids.</summary>
    [Theory]
    [InlineData(Language.English)]
    [InlineData(Language.Japanese)]
    public void EmployeeStatus_FromDataFullOfAddresses_ShowsNoneOfThem(Language language)
    {
        var cause = new LocalizedText(
            "dns.resolve: 10.0.0.10:53 and [2001:db8::53]:53 give 10.0.0.5 for vpn.example.local; cert.chain ends at CN=Example Root CA",
            "dns.resolve: 10.0.0.10:53 と [2001:db8::53]:53 は vpn.example.local に 10.0.0.5 を返す。cert.chain は CN=Example Root CA で終わる");
        EndpointStatus[] endpoints =
        [
            new("tokyo", "vpn.example.local", ReportStatus.Critical, Sample.StartedAt, 2486, cause),
            new("osaka", "rras01.corp.example.com", ReportStatus.Warning, Sample.StartedAt, 900, cause),
            new("nagoya", "vpn-nagoya.example.net", ReportStatus.Unknown, Sample.StartedAt, 5000, cause),
        ];

        var card = StatusCards.Status(endpoints, Audience.Employee, Sample.StartedAt.AddMinutes(5), language);

        AssertNoInternalDetail(card);
        Assert.Equal(3, CardInspect.Strings(card).Count(s => s is "tokyo" or "osaka" or "nagoya"));
    }

    [Theory]
    [InlineData(Language.English)]
    [InlineData(Language.Japanese)]
    public void EmployeeExplain_EveryCodeOfTheKnowledgeBase_ShowsNoInternalDetail(Language language)
    {
        foreach (var entry in ErrorCodeCatalog.Default.All)
        {
            AssertNoInternalDetail(ExplainCards.Explain(entry, entry.Code, Audience.Employee, ["tokyo"], language));
        }
    }

    [Fact]
    public void Detector_ItCardFullOfDetails_FindsThem()
    {
        var card = CheckCards.Result(new(Sample.Endpoint, Sample.Fqdn, null), SampleReports.Critical(), ErrorCodeCatalog.Default, Language.English);

        var leaks = Leaks(card);

        Assert.Contains(leaks, l => l.Contains("10.0.0.10", StringComparison.Ordinal));
        Assert.Contains(leaks, l => l.Contains("vpn.example.local", StringComparison.Ordinal));
        Assert.Contains(leaks, l => l.Contains("ike.v2", StringComparison.Ordinal));
        Assert.NotEmpty(CardInspect.OfType(card, "FactSet"));
    }

    private static void AssertNoInternalDetail(AdaptiveCard card)
    {
        var leaks = Leaks(card);
        Assert.True(leaks.Count == 0, "Internal detail on an employee card: " + string.Join(" | ", leaks));
        Assert.DoesNotContain(CardInspect.Strings(card), s => s.Contains(Sample.Vantage, StringComparison.Ordinal));
    }

    /// <summary>Every visible string with an IPv4 or IPv6 address, a host name or a check id in it.</summary>
    private static List<string> Leaks(AdaptiveCard card) =>
        [.. CardInspect.Strings(card).Where(s => Ipv4().IsMatch(s) || Ipv6().IsMatch(s) || HostName().IsMatch(s) || CheckId().IsMatch(s))];

    [GeneratedRegex(@"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")]
    private static partial Regex Ipv4();

    /// <summary>Four groups or a <c>::</c>: a time such as 00:41:12 is not an address.</summary>
    [GeneratedRegex(@"(?i)(?:[0-9a-f]{1,4}:){4,}|[0-9a-f]{1,4}::")]
    private static partial Regex Ipv6();

    [GeneratedRegex(@"(?i)\b(?:[a-z0-9-]+\.)+[a-z]{2,}\b")]
    private static partial Regex HostName();

    [GeneratedRegex(@"\b(?:dns|ike|l2tp|pptp|gre|sstp|cert|rras|events|firewall|nat)\.[a-z0-9-]+")]
    private static partial Regex CheckId();
}
