using VpnBot.Bot.Tests.Cards.Gallery;
using VpnBot.Bot.Tests.Cards.Node;

namespace VpnBot.Bot.Tests.Cards;

/// <summary>Every card the bot can send, in both languages, passes the official Adaptive Cards parser (schema 1.5) without a single error or warning.</summary>
public sealed class OfficialParserTests(ParserVerdicts verdicts) : IClassFixture<ParserVerdicts>
{
    public static TheoryData<string> Cards() => [.. CardGallery.Each().Select(pair => pair.Card.FileName(pair.Language))];

    [Theory]
    [MemberData(nameof(Cards))]
    public void Card_OfficialParser_ReportsNoErrorOrWarning(string card)
    {
        NodeTool.Require(verdicts.MissingReason);
        var problems = verdicts.For(card);

        Assert.True(problems is not null, $"The parser gave no verdict on {card}.");
        Assert.True(problems.Count == 0, $"{card}: " + string.Join("; ", problems.Select(p => $"{p.Severity} {p.Event}: {p.Message}")));
    }

    /// <summary>The validator itself: a card the parser would silently misread must come back with problems.</summary>
    [Fact]
    public async Task Validator_BrokenCard_ReportsEachProblem()
    {
        NodeTool.Require(verdicts.MissingReason);
        var folder = Directory.CreateTempSubdirectory("vpnbot-bad-card-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "bad.json"), BrokenCard, TestContext.Current.CancellationToken);

            var output = await NodeTool.RunAsync("validate-cards.mjs", [folder], TestContext.Current.CancellationToken);

            Assert.Contains("colour", output, StringComparison.Ordinal);
            Assert.Contains("Input.Slider", output, StringComparison.Ordinal);
            Assert.Contains("DuplicateId", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // A misspelt property, an element type no host knows, and two elements with the same id.
    private const string BrokenCard = """
        {"type":"AdaptiveCard","version":"1.5","body":[
          {"type":"TextBlock","text":"a","colour":"good"},
          {"type":"Input.Slider","id":"x"},
          {"type":"Container","id":"d","items":[{"type":"TextBlock","text":"b"}]},
          {"type":"Container","id":"d","items":[{"type":"TextBlock","text":"c"}]}]}
        """;
}
