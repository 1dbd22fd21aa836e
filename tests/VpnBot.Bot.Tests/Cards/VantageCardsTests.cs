using System.Text.Json;
using VpnBot.Bot.Cards;
using VpnBot.Bot.Cards.Model;
using VpnBot.Bot.Cards.Views;
using VpnBot.Bot.Cards.Views.Parts;
using VpnBot.Bot.Tests.Cards.Gallery;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.KnowledgeBase;
using VpnBot.Diagnostics.Localization;
using VpnBot.Diagnostics.Vantages;

namespace VpnBot.Bot.Tests.Cards;

/// <summary>The result card of a run from several vantage points: the combined diagnosis, the check × vantage matrix, and the employee's view.</summary>
public sealed class VantageCardsTests
{
    private static readonly CheckCardHeader Header = new(Sample.Endpoint, Sample.Fqdn, null);
    private static readonly ErrorCodeCatalog Codes = ErrorCodeCatalog.Default;

    public static TheoryData<Language> Languages() => [Language.English, Language.Japanese];

    public static TheoryData<Audience?, Language> ItAudiences() =>
        [(null, Language.English), (Audience.It, Language.English), (null, Language.Japanese), (Audience.It, Language.Japanese)];

    [Theory]
    [MemberData(nameof(ItAudiences))]
    public void Result_OneVantagePoint_IsTheSingleVantageCard(Audience? audience, Language language)
    {
        foreach (var report in new[] { SampleReports.Critical(), SampleReports.Healthy(), LargeReport.Build() })
        {
            var combined = SampleVantages.HostOnly(report);

            var card = CheckCards.Result(Header, combined, Codes, audience, language);

            Assert.Equal(report.Diagnosis, combined.Diagnosis);
            Assert.Equal(CardJson.Serialize(CheckCards.Result(Header, report, Codes, language)), CardJson.Serialize(card));
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Result_FourVantagePoints_CombinedDiagnosisComesBeforeTheMatrix(Language language)
    {
        var report = SampleVantages.EdgeAndStaleSite();

        var card = CheckCards.Result(Header, report, Codes, Audience.It, language);

        var body = CardInspect.Json(card).GetProperty("body").EnumerateArray().ToList();
        var causes = body.FindIndex(e => e.String("text") == (language == Language.English ? "Likely causes" : "考えられる原因"));
        var table = body.FindIndex(e => e.String("type") == "Table");
        Assert.InRange(causes, 1, table - 1);
        Assert.Equal("path.edge-ike-blocked", report.Diagnosis[0].Id);
        Assert.Contains(report.Diagnosis[0].Title[language], body[causes + 1].ToString(), StringComparison.Ordinal);
        Assert.Contains(language == Language.English ? "Checked from 4 vantage points" : "確認元: 4 か所", CardInspect.Text(card), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.English, "(tokyo, inside)", "(osaka, inside)", "(tokyo, outside)")]
    [InlineData(Language.Japanese, "(tokyo、社内)", "(osaka、社内)", "(tokyo、社外)")]
    public void Result_FourVantagePoints_AColumnPerVantagePointNamedBySiteAndSide(Language language, string tokyo, string osaka, string outside)
    {
        var card = CheckCards.Result(Header, SampleVantages.EdgeAndStaleSite(), Codes, Audience.It, language);

        var table = Assert.Single(CardInspect.OfType(card, "Table"));
        Assert.Equal(5, table.GetProperty("columns").GetArrayLength());
        var header = Cells(table.GetProperty("rows")[0]);
        Assert.Equal(language == Language.English ? "Check" : "チェック", header[0]);
        Assert.Equal(["host " + tokyo, "tokyo-dmz " + tokyo, "osaka-dc " + osaka, "cloud-probe " + outside], header[1..]);
    }

    [Fact]
    public void Result_FourVantagePoints_ARowPerCheckInReportOrderWithTheWorstStatusOrADash()
    {
        var report = SampleVantages.EdgeAndStaleSite();

        var card = CheckCards.Result(Header, report, Codes, Audience.It, Language.English);

        var rows = Assert.Single(CardInspect.OfType(card, "Table")).GetProperty("rows").EnumerateArray().Skip(1).Select(Cells).ToList();
        var checks = report.Reports.SelectMany(r => r.Report.Findings).Select(f => f.Check).Distinct().OrderBy(CheckIds.Order).ToList();
        Assert.Equal(checks, rows.Select(r => r[0]));
        Assert.Equal(["dns.resolve", "PASS", "PASS", "FAIL", "PASS"], rows.Single(r => r[0] == "dns.resolve"));
        Assert.Equal(["ike.v2", "PASS", "PASS", "PASS", "FAIL"], rows.Single(r => r[0] == "ike.v2"));
        Assert.Equal(["cert.expiry", "PASS", "—", "—", "—"], rows.Single(r => r[0] == "cert.expiry"));
    }

    [Fact]
    public void Matrix_CellColours_FollowTheStatusLook()
    {
        var card = CheckCards.Result(Header, SampleVantages.EdgeAndStaleSite(), Codes, Audience.It, Language.English);

        var row = Assert.Single(CardInspect.OfType(card, "Table")).GetProperty("rows").EnumerateArray().Single(r => Cells(r)[0] == "ike.v2");
        var colours = row.GetProperty("cells").EnumerateArray().Skip(1).Select(c => c.GetProperty("items")[0].String("color")).ToList();
        Assert.Equal(["good", "good", "good", "attention"], colours);
    }

    [Fact]
    public void Matrix_Worst_FailBeatsEverythingAndSkipNothing()
    {
        Finding Of(CheckStatus status) => Sample.Finding(CheckIds.DnsResolve, Sample.Primary, status, "x", "x", 1);

        Assert.Equal(CheckStatus.Fail, VantageMatrix.Worst([Of(CheckStatus.Pass), Of(CheckStatus.Fail), Of(CheckStatus.Warn)]));
        Assert.Equal(CheckStatus.Warn, VantageMatrix.Worst([Of(CheckStatus.Error), Of(CheckStatus.Warn), Of(CheckStatus.Skip)]));
        Assert.Equal(CheckStatus.Pass, VantageMatrix.Worst([Of(CheckStatus.Skip), Of(CheckStatus.Pass)]));
        Assert.Null(VantageMatrix.Worst([]));
    }

    [Fact]
    public void Result_SilentAgent_IsAnErrorInItsOwnColumnAndAProblemRow()
    {
        var card = CheckCards.Result(Header, SampleVantages.LeakWithSilentAgent(), Codes, Audience.It, Language.English);

        var rows = Assert.Single(CardInspect.OfType(card, "Table")).GetProperty("rows").EnumerateArray().Select(Cells).ToList();
        Assert.Equal(["host (tokyo, inside)", "osaka-dc (osaka, inside)", "cloud-probe (tokyo, outside)"], rows[0][1..]);
        Assert.Equal([CheckIds.AgentAnswer, "—", "ERROR", "—"], rows.Single(r => r[0] == CheckIds.AgentAnswer));
        Assert.Contains(CardInspect.Strings(card), s => s.StartsWith("Agent osaka-dc did not answer within 5 s", StringComparison.Ordinal));
    }

    [Fact]
    public void Result_Problems_EachSaysWhichVantagePointSawIt_FailuresFirst()
    {
        var card = CheckCards.Result(Header, SampleVantages.LeakWithSilentAgent(), Codes, Audience.It, Language.English);

        // The subtle run after each problem's check id; the banner's counts come first and are not a row.
        var lines = CardInspect.Strings(card).Where(s => s.StartsWith("   ", StringComparison.Ordinal)).Skip(1).Select(s => s.Trim()).ToList();
        Assert.Equal(
            ["203.0.113.53:53 · cloud-probe", "10.0.0.5:500 · cloud-probe", "10.0.0.5:500 · cloud-probe", "10.0.0.5:4500 · cloud-probe", "10.0.0.5:443 · cloud-probe", "osaka-dc"],
            lines);
    }

    [Fact]
    public void Result_SeveralVantagePoints_RerunsTheEndpoint()
    {
        var card = CheckCards.Result(Header, SampleVantages.EdgeAndStaleSite(), Codes, null, Language.English);

        var rerun = Assert.IsType<ExecuteAction>(Assert.Single(card.Actions!));
        Assert.Equal(Verbs.Check, rerun.Verb);
        Assert.Equal(new Dictionary<string, string> { [Verbs.EndpointKey] = "tokyo" }, rerun.Data);
        Assert.StartsWith("CRITICAL — tokyo (vpn.example.local): FAIL 5", card.FallbackText, StringComparison.Ordinal);
        Assert.EndsWith("Likely cause: The edge blocks IKE from the internet.", card.FallbackText, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Result_MoreVantagePointsThanColumns_ShowsTheFirstSixAndCountsTheRestWithinTeamsSize(Language language)
    {
        var report = SampleVantages.Large(8);

        var card = CheckCards.Result(Header, report, Codes, Audience.It, language);

        var size = CardJson.Utf8Length(card);
        Assert.True(size <= CardBudget.MaxBytes, $"{size} bytes");
        Assert.Equal(1 + VantageMatrix.MaxPoints, Assert.Single(CardInspect.OfType(card, "Table")).GetProperty("columns").GetArrayLength());
        Assert.Contains(language == Language.English ? "… and 2 more vantage points" : "…ほか 2 か所の確認元", CardInspect.Text(card), StringComparison.Ordinal);
        Assert.Contains(report.Diagnosis[0].Title[language][..10], CardInspect.Text(card), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Result_TightBudget_MatrixKeepsEveryCheckWithAProblemAndCountsTheRest(Language language)
    {
        var report = SampleVantages.Large(8);
        var shown = report.Reports.Take(VantageMatrix.MaxPoints).SelectMany(r => r.Report.Findings).ToList();
        var troubled = shown.Where(f => f.Status is CheckStatus.Fail or CheckStatus.Warn or CheckStatus.Error).Select(f => f.Check).Distinct().ToList();
        var quiet = shown.Select(f => f.Check).Distinct().Count() - troubled.Count;
        Assert.True(quiet > 0, "The sample must have checks that only passed or were skipped.");

        var card = CheckCards.Result(Header, report, Codes, Audience.It, language);

        var rows = Assert.Single(CardInspect.OfType(card, "Table")).GetProperty("rows").EnumerateArray().Skip(1).Select(r => Cells(r)[0]).ToList();
        Assert.Equal(troubled.OrderBy(CheckIds.Order), rows);
        Assert.Contains(
            language == Language.English ? $"{quiet} checks that passed or were skipped wherever they ran" : $"正常またはスキップだったチェック {quiet} 件",
            CardInspect.Text(card),
            StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Result_FourVantagePoints_EveryProblemHasARowWithinTeamsSize(Language language)
    {
        var report = SampleVantages.EdgeAndStaleSite();

        var card = CheckCards.Result(Header, report, Codes, Audience.It, language);

        Assert.True(CardBudget.Fits(card));
        var problems = report.Reports.SelectMany(r => r.Report.Findings).Count(f => f.Status is CheckStatus.Fail or CheckStatus.Warn or CheckStatus.Error);
        Assert.Equal(problems, CardInspect.OfType(card, "ColumnSet").Count(r => r.TryGetProperty("separator", out _) && r.ToString().Contains("monospace", StringComparison.Ordinal)));

        // The diagnosis keeps every word: the matrix shows the statuses, so the rows give up their details first.
        Assert.Contains(report.Diagnosis[0].Explanation[language], CardInspect.Strings(card));
    }

    [Theory]
    [InlineData(Language.English, "From the company network", "Connects", "From the internet (home, mobile, travel)", "Problem found")]
    [InlineData(Language.Japanese, "社内ネットワークから", "接続できます", "インターネットから(自宅、モバイル、出張先)", "問題あり")]
    public void Employee_InsideFineOutsideBlocked_SaysSoInPlainWordsWithoutAnyInternalName(Language language, string inside, string ok, string outside, string problem)
    {
        var report = SampleVantages.BlockedFromOutside();

        var card = CheckCards.Result(Header, report, Codes, Audience.Employee, language);

        var strings = CardInspect.Strings(card);
        Assert.Equal([inside, ok, outside, problem], strings.SkipWhile(s => s != inside).Take(4));
        Assert.Contains(strings, s => s.Contains(language == Language.English ? "Working from home or travelling?" : "自宅や出張先から", StringComparison.Ordinal));
        var text = CardInspect.Text(card);
        Assert.DoesNotContain(Sample.Fqdn, text, StringComparison.Ordinal);
        Assert.All(report.Reports, r => Assert.DoesNotContain(r.Point.Name, text, StringComparison.Ordinal));
        Assert.DoesNotContain("ike.", text, StringComparison.Ordinal);
        Assert.Null(card.Actions);
    }

    [Fact]
    public void Employee_OnlyTheHost_ShowsTheInsideOnly()
    {
        var card = CheckCards.Result(Header, SampleVantages.HostOnly(SampleReports.Healthy()), Codes, Audience.Employee, Language.English);

        var text = CardInspect.Text(card);
        Assert.Contains("The VPN is working.", text, StringComparison.Ordinal);
        Assert.Contains("From the company network", text, StringComparison.Ordinal);
        Assert.DoesNotContain("From the internet", text, StringComparison.Ordinal);
        Assert.DoesNotContain("host", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Employee_ProblemInside_DoesNotBlameTheInternet()
    {
        var card = CheckCards.Result(Header, SampleVantages.EdgeAndStaleSite(), Codes, Audience.Employee, Language.English);

        var text = CardInspect.Text(card);
        Assert.Contains("You don't need to change anything on your PC while IT works on it.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Working from home", text, StringComparison.Ordinal);
    }

    /// <summary>A table row's cells, each as its texts joined by a space.</summary>
    private static List<string> Cells(JsonElement row) =>
        [.. row.GetProperty("cells").EnumerateArray().Select(c => string.Join(" ", c.GetProperty("items").EnumerateArray().Select(i => i.String("text"))))];
}
