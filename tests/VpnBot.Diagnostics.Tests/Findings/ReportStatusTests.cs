using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Diagnostics.Tests.Findings;

public sealed class ReportStatusTests
{
    [Theory]
    [InlineData(new CheckStatus[0], ReportStatus.Ok)]
    [InlineData(new[] { CheckStatus.Pass, CheckStatus.Skip }, ReportStatus.Ok)]
    [InlineData(new[] { CheckStatus.Pass, CheckStatus.Warn }, ReportStatus.Warning)]
    [InlineData(new[] { CheckStatus.Warn, CheckStatus.Error }, ReportStatus.Unknown)]
    [InlineData(new[] { CheckStatus.Error, CheckStatus.Fail, CheckStatus.Warn }, ReportStatus.Critical)]
    public void Summarize_WorstFindingDecides(CheckStatus[] statuses, ReportStatus expected)
    {
        var findings = statuses.Select(s => new Finding { Check = "c", Subject = "s", Status = s, Summary = LocalizedText.Invariant("x") });

        Assert.Equal(expected, findings.Summarize());
    }

    [Fact]
    public void ReportStatus_ValuesAreMonitoringPluginExitCodes()
    {
        Assert.Equal([0, 1, 2, 3], new[] { ReportStatus.Ok, ReportStatus.Warning, ReportStatus.Critical, ReportStatus.Unknown }.Select(s => (int)s));
    }
}
