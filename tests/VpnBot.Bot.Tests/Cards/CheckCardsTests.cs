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

namespace VpnBot.Bot.Tests.Cards;

public sealed class CheckCardsTests
{
    private static readonly CheckCardHeader Header = new(Sample.Endpoint, Sample.Fqdn, null);
    private static readonly ErrorCodeCatalog Codes = ErrorCodeCatalog.Default;

    public static TheoryData<Language> Languages() => [Language.English, Language.Japanese];

    [Theory]
    [InlineData(Language.English, "CRITICAL — tokyo", "FAIL 2 · WARN 2 · ERROR 1 · PASS 14 · SKIP 1 · 2.5 s")]
    [InlineData(Language.Japanese, "重大 — tokyo", "失敗 2・警告 2・エラー 1・正常 14・スキップ 1・2.5 秒")]
    public void Result_CriticalReport_StartsWithVerdictCountsAndDurationInAttentionColour(Language language, string verdict, string counts)
    {
        var card = CheckCards.Result(Header, SampleReports.Critical(), Codes, language);
        var banner = CardInspect.Json(card).GetProperty("body")[0];

        Assert.Equal("attention", banner.String("style"));
        var first = banner.GetProperty("items")[0];
        Assert.Equal(verdict, first.String("text"));
        Assert.Equal("attention", first.String("color"));
        Assert.Contains(counts, CardInspect.Strings(card).Select(s => s.Trim()));
        Assert.Equal(language.Code(), card.Lang);
        Assert.StartsWith(verdict, card.FallbackText, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Result_CriticalReport_ShowsTopCauseAndTheMeaningOf809(Language language)
    {
        var report = SampleReports.Critical();

        var card = CheckCards.Result(Header, report, Codes, language);

        var facts = CardInspect.OfType(card, "FactSet").SelectMany(f => f.GetProperty("facts").EnumerateArray()).ToList();
        Assert.Contains(report.Diagnosis[0].Title[language], CardInspect.Strings(card));
        Assert.Contains(facts, f => f.String("title") == "809" && f.String("value") == CodeMeaning.Short(Codes.Find("809").Entry!, language));
    }

    [Fact]
    public void Result_SeveralCauses_TopOneOpenOthersBehindToggles()
    {
        var report = SampleReports.Critical();
        Assert.True(report.Diagnosis.Count >= 2, "The sample must have several causes.");

        var card = CheckCards.Result(Header, report, Codes, Language.English);

        var toggled = CardInspect.OfType(card, "Action.ToggleVisibility").SelectMany(a => a.GetProperty("targetElements").EnumerateArray().Select(t => t.GetString())).ToList();
        Assert.DoesNotContain("cause1", toggled);
        for (var rank = 2; rank <= report.Diagnosis.Count; rank++)
        {
            var id = $"cause{rank}";
            Assert.Contains(id, toggled);
            Assert.False(CardInspect.ById(card, id).GetProperty("isVisible").GetBoolean());
        }
    }

    [Fact]
    public void Result_CriticalReport_ListsProblemsFirstAndPassesBehindAToggle()
    {
        var card = CheckCards.Result(Header, SampleReports.Critical(), Codes, Language.English);

        var badges = Rows(card).Select(Badge).ToList();
        Assert.Equal(["FAIL", "FAIL", "WARN", "WARN", "ERROR"], badges);
        var others = CardInspect.ById(card, "others");
        Assert.False(others.GetProperty("isVisible").GetBoolean());
        Assert.Contains(CheckIds.DnsResolve, others.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Result_ProblemRow_OpensEvidenceErrorCodesAndSteps()
    {
        var report = SampleReports.Critical();
        var ikeV2 = report.Findings.Single(f => f.Check == CheckIds.IkeV2);

        var card = CheckCards.Result(Header, report, Codes, Language.English);

        var row = Rows(card).Single(r => r.ToString().Contains("\"ike.v2\"", StringComparison.Ordinal));
        var target = row.GetProperty("selectAction").GetProperty("targetElements")[0].GetString()!;
        var details = CardInspect.ById(card, target);
        Assert.False(details.GetProperty("isVisible").GetBoolean());
        var text = details.ToString();
        Assert.All(ikeV2.Evidence, pair => Assert.Contains(pair.Value, text, StringComparison.Ordinal));
        Assert.Contains("809, 13805", text, StringComparison.Ordinal);
        Assert.Contains(ikeV2.Remediation[0].En, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Result_FullRun_RerunCarriesTheEndpointOnly()
    {
        var card = CheckCards.Result(Header, SampleReports.Critical(), Codes, Language.English);

        var rerun = Assert.IsType<ExecuteAction>(Assert.Single(card.Actions!));
        Assert.Equal(Verbs.Check, rerun.Verb);
        Assert.Equal(new Dictionary<string, string> { [Verbs.EndpointKey] = "tokyo" }, rerun.Data);
    }

    [Fact]
    public void Result_RunOfSomeChecks_RerunCarriesTheSameChecks()
    {
        var header = Header with { Checks = [CheckIds.IkeV2, CheckIds.IkeNatT] };

        var card = CheckCards.Result(header, SampleReports.Confirming809(), Codes, Language.Japanese);

        var rerun = Assert.IsType<ExecuteAction>(Assert.Single(card.Actions!));
        Assert.Equal("tokyo", rerun.Data![Verbs.EndpointKey]);
        Assert.Equal("ike.v2,ike.nat-t", rerun.Data[Verbs.ChecksKey]);
        Assert.Contains("ike.v2, ike.nat-t", CardInspect.Text(card), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Result_SixtyFindingsWithLongEvidence_StaysWithinTeamsMessageSize(Language language)
    {
        var report = LargeReport.Build();

        var card = CheckCards.Result(Header, report, Codes, language);

        var size = CardJson.Utf8Length(card);
        Assert.True(size <= CardBudget.MaxBytes, $"{size} bytes");
        Assert.True(size < 28 * 1024, $"{size} bytes");
        var text = CardInspect.Text(card);
        Assert.Contains(report.Diagnosis[0].Title[language][..20], text, StringComparison.Ordinal);
        Assert.Contains(language == Language.English ? "more, not shown" : "サイズ制限のため", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Result_RealisticReports_KeepEveryProblemRowWithItsDetails(Language language)
    {
        foreach (var report in new[] { SampleReports.Critical(), SampleReports.Healthy() })
        {
            var card = CheckCards.Result(Header, report, Codes, language);

            Assert.True(CardBudget.Fits(card));
            var primary = report.Findings.Count(f => f.Status is CheckStatus.Fail or CheckStatus.Warn or CheckStatus.Error);
            Assert.Equal(primary == 0 ? report.Findings.Count : primary, Rows(card).Count);
            Assert.DoesNotContain(language == Language.English ? "not shown" : "表示していません", CardInspect.Text(card), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Result_HealthyReport_HasNoCausesAndShowsEveryCheck()
    {
        var report = SampleReports.Healthy();

        var card = CheckCards.Result(Header, report, Codes, Language.English);

        Assert.Empty(report.Diagnosis);
        Assert.Equal("good", CardInspect.Json(card).GetProperty("body")[0].String("style"));
        Assert.DoesNotContain("Likely causes", CardInspect.Text(card), StringComparison.Ordinal);
        Assert.Equal(report.Findings.Count, Rows(card).Count);
    }

    [Fact]
    public void Result_ProblemsWithoutACause_OffersTheFindingsSteps()
    {
        var finding = Sample.Finding(CheckIds.DnsCname, Sample.Primary, CheckStatus.Fail, "The CNAME chain loops.", "CNAME チェーンがループしています。", 3)
            with { Remediation = [Sample.Text("Break the CNAME loop at alias.example.local.", "alias.example.local の CNAME のループを解消します。")] };
        var report = SampleReports.Report([finding], 10) with { Diagnosis = [] };

        var card = CheckCards.Result(Header, report, Codes, Language.English);

        var text = CardInspect.Text(card);
        Assert.Contains("No single cause stands out", text, StringComparison.Ordinal);
        Assert.Contains("Break the CNAME loop at alias.example.local.", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.English, "Checking tokyo (vpn.example.local)…", "12 of 20 checks done")]
    [InlineData(Language.Japanese, "tokyo(vpn.example.local)を確認しています…", "20 件中 12 件のチェックが完了")]
    public void Progress_SomeFindings_SaysWhatAndHowFarWithProblemsFirst(Language language, string title, string done)
    {
        var soFar = SampleFindings.Critical().Where(f => f.Check.StartsWith("dns.", StringComparison.Ordinal) || f.Check is CheckIds.IkeNatT or CheckIds.CertExpiry).ToList();

        var card = CheckCards.Progress(Header, soFar, 20, language);

        var strings = CardInspect.Strings(card);
        Assert.Contains(title, strings);
        Assert.Contains(done, strings);
        Assert.Equal(soFar.Count, Rows(card).Count);
        Assert.Equal(language == Language.English ? "WARN" : "警告", Badge(Rows(card)[0]));
        Assert.Null(card.Actions);
    }

    [Fact]
    public void Progress_NothingYet_SaysResultsWillAppear()
    {
        var card = CheckCards.Progress(Header, [], 20, Language.English);

        Assert.Contains("0 of 20 checks done", CardInspect.Strings(card));
        Assert.Contains("Results appear here as each check finishes.", CardInspect.Strings(card));
    }

    [Fact]
    public void Progress_MoreFindingsThanPlanned_NeverShowsMoreDoneThanAll()
    {
        var three = SampleFindings.Healthy().Take(3).ToList();

        var card = CheckCards.Progress(Header, three, 2, Language.English);

        Assert.Contains("3 of 3 checks done", CardInspect.Strings(card));
    }

    [Fact]
    public void Progress_ManyFindings_ShowsADozenAndCountsTheRest()
    {
        var card = CheckCards.Progress(Header, SampleFindings.Healthy(), 20, Language.English);

        Assert.Equal(12, Rows(card).Count);
        Assert.Contains("… and 8 more", CardInspect.Strings(card));
    }

    [Fact]
    public void UnknownEndpoint_Named_EchoesItAsPlainTextAndOffersTheKnownOnes()
    {
        var card = CheckCards.UnknownEndpoint("[kyoto](https://example.com)", ["tokyo", "osaka"], Language.English);

        var runs = CardInspect.OfType(card, "TextRun").Select(r => r.String("text")).ToList();
        Assert.Contains("[kyoto](https://example.com)", runs);
        Assert.DoesNotContain(CardInspect.OfType(card, "TextBlock"), b => b.String("text")!.Contains("kyoto", StringComparison.Ordinal));
        Assert.Equal(["tokyo", "osaka"], card.Actions!.Cast<ExecuteAction>().Select(a => a.Data![Verbs.EndpointKey]));
    }

    [Fact]
    public void UnknownEndpoint_NoneConfigured_SaysWhereToConfigure()
    {
        var card = CheckCards.UnknownEndpoint(null, [], Language.English);

        Assert.Contains("Vpn:Endpoints", CardInspect.Text(card), StringComparison.Ordinal);
        Assert.Null(card.Actions);
    }

    [Theory]
    [InlineData(Language.English, "tokyo is already being checked")]
    [InlineData(Language.Japanese, "tokyo は現在確認中です")]
    public void AlreadyRunning_NamesTheEndpoint(Language language, string title)
    {
        var card = CheckCards.AlreadyRunning("tokyo", language);

        Assert.Contains(title, CardInspect.Strings(card));
    }

    /// <summary>The finding rows: column sets whose first column is the status word.</summary>
    private static List<JsonElement> Rows(AdaptiveCard card)
    {
        var body = CardInspect.Json(card).GetProperty("body");
        return [.. body.EnumerateArray().Where(e => e.String("type") == "ColumnSet")];
    }

    private static string Badge(JsonElement row) => row.GetProperty("columns")[0].GetProperty("items")[0].String("text")!;
}
