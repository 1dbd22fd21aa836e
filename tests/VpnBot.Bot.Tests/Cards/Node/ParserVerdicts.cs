using System.Text.Json;
using VpnBot.Bot.Tests.Cards.Gallery;

namespace VpnBot.Bot.Tests.Cards.Node;

/// <summary>One problem the official parser reported about a card.</summary>
public sealed record ParserProblem(string Severity, string Event, string Message);

/// <summary>
/// Writes every card of the gallery in both languages to a temporary folder and runs the official parser
/// (tests/js/validate-cards.mjs) over them once; each test then reads its card's verdict.
/// </summary>
public sealed class ParserVerdicts : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "vpnbot-cards-" + Guid.NewGuid().ToString("N"));
    private Dictionary<string, IReadOnlyList<ParserProblem>> _verdicts = [];

    /// <summary>Why the parser could not run here, or null when it ran.</summary>
    public string? MissingReason { get; private set; }

    public IReadOnlyList<ParserProblem>? For(string fileName) => _verdicts.GetValueOrDefault(fileName);

    public async ValueTask InitializeAsync()
    {
        MissingReason = NodeTool.MissingReason(["adaptivecards"]);
        if (MissingReason is not null)
        {
            return;
        }

        CardGallery.WriteAll(_folder);
        var output = await NodeTool.RunAsync("validate-cards.mjs", [_folder], TestContext.Current.CancellationToken);
        using var document = JsonDocument.Parse(output);
        _verdicts = document.RootElement.GetProperty("cards").EnumerateObject().ToDictionary(
            card => card.Name,
            card => (IReadOnlyList<ParserProblem>)[.. card.Value.EnumerateArray().Select(p => new ParserProblem(
                p.GetProperty("severity").GetString()!,
                p.GetProperty("event").GetString()!,
                p.GetProperty("message").GetString()!))]);
    }

    public ValueTask DisposeAsync()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        return ValueTask.CompletedTask;
    }
}
