using System.Text.Json;
using VpnBot.Bot.Cards.Model;

namespace VpnBot.Bot.Tests.Cards;

/// <summary>Reads a card the way a host receives it: as JSON.</summary>
internal static class CardInspect
{
    public static JsonElement Json(AdaptiveCard card) => JsonDocument.Parse(CardJson.Serialize(card)).RootElement;

    /// <summary>Properties whose strings a reader sees, or a client receives to send back (an action's data).</summary>
    private static readonly HashSet<string> Visible = ["text", "title", "value", "label", "placeholder", "errorMessage", "fallbackText", "data"];

    /// <summary>Every string a reader could see or a client receives, in document order.</summary>
    public static IReadOnlyList<string> Strings(AdaptiveCard card)
    {
        var strings = new List<string>();
        Walk(Json(card), null, strings);
        return strings;
    }

    /// <summary>All visible text joined: for "contains" assertions.</summary>
    public static string Text(AdaptiveCard card) => string.Join("\n", Strings(card));

    /// <summary>Every object of the given <c>type</c>, in document order.</summary>
    public static IReadOnlyList<JsonElement> OfType(AdaptiveCard card, string type)
    {
        var found = new List<JsonElement>();
        Collect(Json(card), type, found);
        return found;
    }

    /// <summary>The element with <paramref name="id"/>.</summary>
    public static JsonElement ById(AdaptiveCard card, string id)
    {
        var all = new List<JsonElement>();
        Collect(Json(card), null, all);
        return all.Single(e => e.TryGetProperty("id", out var value) && value.GetString() == id);
    }

    public static string? String(this JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static void Walk(JsonElement element, string? property, List<string> strings)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in element.EnumerateObject())
                {
                    // Everything inside data is sent back; elsewhere, the name of the property decides.
                    Walk(p.Value, property == "data" ? "data" : p.Name, strings);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, property, strings);
                }

                break;
            case JsonValueKind.String when property is not null && Visible.Contains(property):
                strings.Add(element.GetString()!);
                break;
        }
    }

    private static void Collect(JsonElement element, string? type, List<JsonElement> found)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("type", out var t) && (type is null || t.GetString() == type))
            {
                found.Add(element);
            }

            foreach (var p in element.EnumerateObject())
            {
                Collect(p.Value, type, found);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, type, found);
            }
        }
    }
}
