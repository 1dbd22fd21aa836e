using System.Globalization;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Diagnosis;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;
using VpnBot.Diagnostics.Reporting;

namespace VpnBot.Bot.Tests.Cards.Gallery;

/// <summary>
/// The worst case for a card's size: sixty findings of every status with long summaries, long evidence and long
/// steps in both languages (Japanese takes three bytes a character), and more causes than a card shows.
/// </summary>
internal static class LargeReport
{
    public static CheckReport Build(int findings = 60)
    {
        var statuses = new[] { CheckStatus.Fail, CheckStatus.Warn, CheckStatus.Error, CheckStatus.Pass, CheckStatus.Skip };
        var list = Enumerable.Range(0, findings).Select(i => new Finding
        {
            Check = CheckIds.Core[i % CheckIds.Core.Count],
            Subject = string.Create(CultureInfo.InvariantCulture, $"198.18.{i / 250}.{(i % 250) + 1}:53"),
            Status = statuses[i % statuses.Length],
            Summary = Long($"Finding {i}: the server at 198.18.0.{i} answered", $"結果 {i}: 198.18.0.{i} のサーバーの応答", 400),
            Evidence = Enumerable.Range(0, 15).ToDictionary(
                k => string.Create(CultureInfo.InvariantCulture, $"evidenceKey{k}"),
                k => new string('x', 100) + string.Create(CultureInfo.InvariantCulture, $" 198.18.{k}.{i} ") + new string('あ', 200)),
            ErrorCodes = ["809", "868", "13801"],
            Remediation = [.. Enumerable.Range(0, 4).Select(s => Long($"Step {s}: change the firewall rule", $"手順 {s}: ファイアウォールのルールを変更", 300))],
            DurationMs = 1000 + i,
        }).ToList();

        var causes = Enumerable.Range(0, 8).Select(i => new Cause
        {
            Id = string.Create(CultureInfo.InvariantCulture, $"sample.cause-{i}"),
            Title = Long($"Cause {i}", $"原因 {i}", 120),
            Explanation = Long($"Cause {i} explanation naming 198.18.0.{i}", $"原因 {i} の説明", 900),
            Score = 90 - i,
            ErrorCodes = ["809", "868", "13801", "0x800B0109", "0x800B0101", "691", "800"],
            Checks = [.. CheckIds.Core.Take(6)],
            ConfirmWith = [CheckIds.RrasService, CheckIds.FirewallRules],
            Remediation = [.. Enumerable.Range(0, 8).Select(s => Long($"Cause {i} step {s}", $"原因 {i} の手順 {s}", 400))],
        }).ToList();

        return new CheckReport
        {
            Target = Sample.Fqdn,
            Vantage = Sample.Vantage,
            StartedAt = Sample.StartedAt,
            DurationMs = 5012,
            Findings = list,
            Diagnosis = causes,
        };
    }

    /// <summary>A text of <paramref name="length"/> characters in each language, starting with the given words.</summary>
    private static LocalizedText Long(string en, string ja, int length) =>
        new((en + " " + string.Concat(Enumerable.Repeat("and more words ", length / 15))).PadRight(length, '.')[..length],
            (ja + string.Concat(Enumerable.Repeat("長い説明の文章です。", length / 10))).PadRight(length, '。')[..length]);
}
