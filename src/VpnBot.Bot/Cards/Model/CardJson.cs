using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace VpnBot.Bot.Cards.Model;

/// <summary>Serializes cards as the Adaptive Card schema spells them: camelCase names and enum values, no nulls.</summary>
public static class CardJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        TypeInfoResolver = CardJsonContext.Default,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,

        // Japanese as itself, not as \uXXXX escapes that double its size against Teams' message limit;
        // HTML-significant characters stay escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Serialize(AdaptiveCard card) => JsonSerializer.Serialize(card, Options);

    public static JsonElement ToElement(AdaptiveCard card) => JsonSerializer.SerializeToElement(card, Options);

    /// <summary>The size of the card as UTF-8 JSON: what counts against Teams' limit on a message.</summary>
    public static int Utf8Length(AdaptiveCard card) => JsonSerializer.SerializeToUtf8Bytes(card, Options).Length;
}

[JsonSerializable(typeof(AdaptiveCard))]
internal sealed partial class CardJsonContext : JsonSerializerContext;
