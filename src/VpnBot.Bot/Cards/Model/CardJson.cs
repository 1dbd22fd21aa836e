using System.Text.Json;
using System.Text.Json.Serialization;

namespace VpnBot.Bot.Cards.Model;

/// <summary>Serializes cards as the Adaptive Card schema spells them: camelCase names and enum values, no nulls.</summary>
public static class CardJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        TypeInfoResolver = CardJsonContext.Default,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Serialize(AdaptiveCard card) => JsonSerializer.Serialize(card, Options);

    public static JsonElement ToElement(AdaptiveCard card) => JsonSerializer.SerializeToElement(card, Options);
}

[JsonSerializable(typeof(AdaptiveCard))]
internal sealed partial class CardJsonContext : JsonSerializerContext;
