using VpnBot.Bot.Cards;
using VpnBot.Bot.Cards.Views;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Bot.Tests.Cards;

public sealed class StatusCardsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    private static readonly EndpointStatus Tokyo = new("tokyo", "vpn.example.local", ReportStatus.Critical, Now.AddMinutes(-3), 2486, new LocalizedText("UDP 500 is blocked", "UDP 500 が遮断されている"));
    private static readonly EndpointStatus Osaka = new("osaka", "vpn-osaka.example.local", ReportStatus.Ok, Now.AddHours(-2), 540, null);
    private static readonly EndpointStatus Sapporo = new("sapporo", "vpn-sapporo.example.local", null, null, null, null);

    [Fact]
    public void Status_It_ShowsStateFqdnAgeCauseAndACheckButtonPerEndpoint()
    {
        var card = StatusCards.Status([Tokyo, Osaka, Sapporo], Audience.It, Now, Language.English);

        var strings = CardInspect.Strings(card);
        Assert.Contains("CRITICAL", strings);
        Assert.Contains("   vpn.example.local", strings);
        Assert.Contains("Checked 3 minutes ago, took 2.5 s", strings);
        Assert.Contains("Checked 2 hours ago, took 540 ms", strings);
        Assert.Contains("UDP 500 is blocked", strings);
        Assert.Contains("Not checked since the bot started: run /vpn check sapporo.", strings);
        var endpoints = CardInspect.OfType(card, "Action.Execute").Select(a => a.GetProperty("data").GetProperty(Verbs.EndpointKey).GetString()).ToList();
        Assert.Equal(["tokyo", "osaka", "sapporo"], endpoints);
    }

    [Theory]
    [InlineData(Language.English, "A problem was found; IT has the details", "Not checked yet", "Checked 3 minutes ago")]
    [InlineData(Language.Japanese, "問題が見つかっています(詳細は IT 部門が把握しています)", "まだ確認されていません", "確認: 3 分前")]
    public void Status_Employee_ShowsPlainStatesWithoutCauseOrTimings(Language language, string critical, string never, string age)
    {
        var card = StatusCards.Status([Tokyo, Osaka, Sapporo], Audience.Employee, Now, language);

        var strings = CardInspect.Strings(card);
        Assert.Contains(critical, strings);
        Assert.Contains(never, strings);
        Assert.Contains(age, strings);
        Assert.DoesNotContain(strings, s => s.Contains(Tokyo.TopCause![language], StringComparison.Ordinal));
        Assert.Empty(CardInspect.OfType(card, "Action.Execute"));
    }

    [Fact]
    public void Status_NoEndpoint_ToldToItWithWhereToConfigure()
    {
        var it = CardInspect.Text(StatusCards.Status([], Audience.It, Now, Language.English));
        var employee = CardInspect.Text(StatusCards.Status([], Audience.Employee, Now, Language.English));

        Assert.Contains("Vpn:Endpoints", it, StringComparison.Ordinal);
        Assert.DoesNotContain("Vpn:Endpoints", employee, StringComparison.Ordinal);
        Assert.Contains("No VPN endpoint is configured.", employee, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "just now")]
    [InlineData(1, "1 minute ago")]
    [InlineData(59, "59 minutes ago")]
    [InlineData(60, "1 hour ago")]
    [InlineData(60 * 24 * 3, "3 days ago")]
    public void Status_Age_IsSaidInWords(int minutes, string expected)
    {
        var endpoint = Osaka with { CheckedAt = Now.AddMinutes(-minutes) };

        var card = StatusCards.Status([endpoint], Audience.Employee, Now, Language.English);

        Assert.Contains($"Checked {expected}", CardInspect.Strings(card));
    }
}
