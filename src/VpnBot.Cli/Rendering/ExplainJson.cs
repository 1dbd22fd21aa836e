using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using VpnBot.Diagnostics.KnowledgeBase;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Cli.Rendering;

/// <summary>The <c>explain --json</c> object: <c>code, symbol, meaning, causes[{text, checks}], steps</c>, texts in one language.</summary>
internal static class ExplainJson
{
    private static readonly ExplainJsonContext Context = new(new JsonSerializerOptions
    {
        // Printed to a terminal or a file, never embedded in HTML: Japanese and apostrophes stay readable instead of becoming \uXXXX.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
    });

    public static string Serialize(ErrorCodeEntry entry, Language language)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var document = new ExplainDocument(
            entry.Code,
            entry.Symbol,
            entry.Meaning[language],
            [.. entry.Causes.Select(c => new ExplainCauseDocument(c.Text[language], c.Checks))],
            [.. entry.Steps.Select(s => s[language])]);
        return JsonSerializer.Serialize(document, Context.ExplainDocument);
    }
}

internal sealed record ExplainDocument(string Code, string Symbol, string Meaning, IReadOnlyList<ExplainCauseDocument> Causes, IReadOnlyList<string> Steps);

internal sealed record ExplainCauseDocument(string Text, IReadOnlyList<string> Checks);

[JsonSerializable(typeof(ExplainDocument))]
internal sealed partial class ExplainJsonContext : JsonSerializerContext;
