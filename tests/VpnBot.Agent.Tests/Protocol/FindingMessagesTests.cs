using VpnBot.Agents.Protocol.Messages;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Agent.Tests.Protocol;

public sealed class FindingMessagesTests
{
    private static readonly Finding Sample = new()
    {
        Check = "dns.resolve",
        Subject = "198.18.0.2:53",
        Status = CheckStatus.Fail,
        Summary = new LocalizedText("No answer", "応答なし"),
        Evidence = new Dictionary<string, string> { ["rcode"] = "NXDOMAIN" },
        ErrorCodes = ["868"],
        Remediation = [new LocalizedText("Add the record", "レコードを追加")],
        DurationMs = 12,
    };

    [Fact]
    public void Finding_ThroughTheWire_ComesBackEqualInEveryField()
    {
        var back = FindingMessages.ToFinding(FindingMessages.From(Sample))!;

        Assert.Equal((Sample.Check, Sample.Subject, Sample.Status, Sample.Summary, Sample.DurationMs), (back.Check, back.Subject, back.Status, back.Summary, back.DurationMs));
        Assert.Equal(Sample.Evidence, back.Evidence);
        Assert.Equal(Sample.ErrorCodes, back.ErrorCodes);
        Assert.Equal(Sample.Remediation, back.Remediation);
    }

    [Theory]
    [InlineData("DNS.RESOLVE", "pass")]
    [InlineData("dns.resolve; rm -rf /", "pass")]
    [InlineData("dns.resolve", "PASS")]
    [InlineData("dns.resolve", "ok")]
    [InlineData("", "pass")]
    public void MessageOutOfShape_IsRefused(string check, string status)
    {
        var message = FindingMessages.From(Sample) with { Check = check, Status = status };

        Assert.Null(FindingMessages.ToFinding(message));
    }

    [Fact]
    public void HugeAndHostileTexts_AreBoundedAndStripped()
    {
        var evidence = Enumerable.Range(0, 500).ToDictionary(i => $"k{i}", _ => new string('x', 100_000));
        var message = FindingMessages.From(Sample) with
        {
            Subject = new string('s', 10_000),
            Summary = new TextMessage("a\u202Eb\u0007c", "日本語\u0000"),
            Evidence = evidence,
            ErrorCodes = [.. Enumerable.Repeat("809809809809809809809809", 100)],
            DurationMs = long.MaxValue,
        };

        var finding = FindingMessages.ToFinding(message)!;

        Assert.Equal(FindingMessages.MaxSubject, finding.Subject.Length);
        Assert.Equal("abc", finding.Summary.En);
        Assert.Equal("日本語", finding.Summary.Ja);
        Assert.Equal(FindingMessages.MaxEvidence, finding.Evidence.Count);
        Assert.All(finding.Evidence.Values, v => Assert.True(v.Length <= FindingMessages.MaxText));
        Assert.Equal(FindingMessages.MaxListItems, finding.ErrorCodes.Count);
        Assert.True(finding.DurationMs <= 3_600_000);
    }

    [Fact]
    public void RandomGarbage_NeverThrows()
    {
        var random = new Random(20261126);
        string? Text() => random.Next(6) == 0 ? null : new string([.. Enumerable.Range(0, random.Next(0, 60)).Select(_ => (char)random.Next(0, 0x3100))]);
        for (var i = 0; i < 5000; i++)
        {
            var message = new FindingMessage(
                Text()!,
                Text()!,
                random.Next(3) == 0 ? "warn" : Text()!,
                random.Next(5) == 0 ? null! : new TextMessage(Text()!, Text()!),
                random.Next(4) == 0 ? null : new Dictionary<string, string> { [Text() ?? "k"] = Text()! },
                random.Next(4) == 0 ? null : [Text()!],
                random.Next(4) == 0 ? null : [new TextMessage(Text()!, Text()!), null!],
                random.NextInt64(long.MinValue, long.MaxValue));

            _ = FindingMessages.ToFinding(message);
        }
    }
}
