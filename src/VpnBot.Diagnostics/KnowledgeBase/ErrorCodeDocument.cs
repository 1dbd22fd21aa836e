using System.Text.Json;
using System.Text.Json.Serialization;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Diagnostics.KnowledgeBase;

/// <summary>
/// Reads <c>error-codes.json</c>: an array of <c>{ code, symbol, meaning: {en, ja}, causes: [{ text: {en, ja},
/// checks: [...] }], steps: [{en, ja}] }</c>. The file ships inside the assembly, so a malformed entry is a
/// build defect: loading stops with a message naming the entry instead of serving half a knowledge base.
/// </summary>
internal static class ErrorCodeDocument
{
    public const string ResourceName = "VpnBot.Diagnostics.KnowledgeBase.error-codes.json";

    /// <summary>Loads the knowledge base shipped in this assembly.</summary>
    public static IReadOnlyList<ErrorCodeEntry> LoadEmbedded()
    {
        using var stream = typeof(ErrorCodeDocument).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource '{ResourceName}' is missing.");
        return Read(stream);
    }

    /// <summary>Parses and validates a knowledge-base document.</summary>
    public static IReadOnlyList<ErrorCodeEntry> Read(Stream json)
    {
        List<EntryRecord>? records;
        try
        {
            records = JsonSerializer.Deserialize(json, ErrorCodeJsonContext.Default.ListEntryRecord);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"The error-code knowledge base is not valid: {e.Message}", e);
        }

        return records is null ? throw new InvalidDataException("The error-code knowledge base is empty.") : [.. records.Select(ToEntry)];
    }

    private static ErrorCodeEntry ToEntry(EntryRecord record, int index)
    {
        var where = $"entry {index} ('{record.Code}')";
        if (!ErrorCodeText.TryParse(record.Code, out var value) || ErrorCodeText.Format(value) != record.Code)
        {
            throw new InvalidDataException($"{where}: the code is not in canonical form.");
        }

        Require(!string.IsNullOrWhiteSpace(record.Symbol), where, "symbol");
        Require(record.Causes.Count > 0, where, "causes");
        Require(record.Steps.Count > 0, where, "steps");
        Require(record.Causes.All(cause => cause.Checks.All(check => !string.IsNullOrWhiteSpace(check))), where, "check id");

        return new ErrorCodeEntry
        {
            Code = record.Code,
            Symbol = record.Symbol,
            Meaning = Text(record.Meaning, where, "meaning"),
            Causes = [.. record.Causes.Select(cause => new ErrorCause(Text(cause.Text, where, "cause"), [.. cause.Checks]))],
            Steps = [.. record.Steps.Select(step => Text(step, where, "step"))],
        };
    }

    private static LocalizedText Text(TextRecord text, string where, string field)
    {
        Require(!string.IsNullOrWhiteSpace(text.En) && !string.IsNullOrWhiteSpace(text.Ja), where, field);
        return new LocalizedText(text.En, text.Ja);
    }

    private static void Require(bool condition, string where, string field)
    {
        if (!condition)
        {
            throw new InvalidDataException($"{where}: {field} is missing or invalid.");
        }
    }

    internal sealed record EntryRecord(string Code, string Symbol, TextRecord Meaning, List<CauseRecord> Causes, List<TextRecord> Steps);

    internal sealed record CauseRecord(TextRecord Text, List<string> Checks);

    internal sealed record TextRecord(string En, string Ja);
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(List<ErrorCodeDocument.EntryRecord>))]
internal sealed partial class ErrorCodeJsonContext : JsonSerializerContext;
