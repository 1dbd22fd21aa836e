using System.Text.Json;
using VpnBot.Diagnostics.Diagnosis;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;
using VpnBot.Diagnostics.Reporting;

namespace VpnBot.Diagnostics.Tests.Reporting;

public sealed class ReportJsonTests
{
    private static readonly CheckReport Report = new()
    {
        Target = "vpn.example.local",
        Vantage = "it-laptop",
        StartedAt = new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero),
        DurationMs = 1234,
        Findings =
        [
            new Finding
            {
                Check = "dns.resolve",
                Subject = "10.0.0.11:53",
                Status = CheckStatus.Fail,
                Summary = new LocalizedText("No such name.", "名前が存在しません。"),
                Evidence = new Dictionary<string, string> { ["rcode"] = "NXDOMAIN", ["server"] = "10.0.0.11:53" },
                ErrorCodes = ["868"],
                Remediation = [new LocalizedText("Run ipconfig /registerdns.", "ipconfig /registerdns を実行します。")],
                DurationMs = 12,
            },
        ],
        Diagnosis =
        [
            new Cause
            {
                Id = "dns.secondary-stale",
                Title = new LocalizedText("Secondary behind", "セカンダリの遅れ"),
                Explanation = new LocalizedText("e", "説明"),
                Score = 90,
                ErrorCodes = ["868"],
                Checks = ["dns.consistency"],
            },
        ],
    };

    [Fact]
    public void Serialize_HasTheContractFieldsInCamelCase()
    {
        using var document = JsonDocument.Parse(ReportJson.Serialize(Report, Language.English));
        var root = document.RootElement;

        Assert.Equal(
            ["target", "vantage", "startedAt", "durationMs", "status", "findings", "diagnosis"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("critical", root.GetProperty("status").GetString());
        var finding = root.GetProperty("findings")[0];
        Assert.Equal(
            ["check", "subject", "status", "summary", "evidence", "errorCodes", "remediation", "durationMs"],
            finding.EnumerateObject().Select(p => p.Name));
        Assert.Equal("fail", finding.GetProperty("status").GetString());
        Assert.Equal("NXDOMAIN", finding.GetProperty("evidence").GetProperty("rcode").GetString());
        Assert.Equal("868", root.GetProperty("diagnosis")[0].GetProperty("errorCodes")[0].GetString());
    }

    [Fact]
    public void Serialize_Japanese_WritesJapaneseTextsUnescaped()
    {
        var json = ReportJson.Serialize(Report, Language.Japanese);

        Assert.Contains("名前が存在しません。", json, StringComparison.Ordinal);
        Assert.Contains("ipconfig /registerdns を実行します。", json, StringComparison.Ordinal);
        Assert.Equal("セカンダリの遅れ", ReportJson.Deserialize(json)!.Diagnosis[0].Title);
    }
}
