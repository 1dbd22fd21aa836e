using System.Text.Json.Serialization;

namespace VpnBot.Bot.Cards.Model;

/// <summary>
/// An Adaptive Card (schema 1.5, the highest Teams renders on every client). Only the parts VpnBot uses
/// are modelled; cards are serialized with <see cref="CardJson"/> and checked by the official parser in tests.
/// </summary>
public sealed record AdaptiveCard
{
    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";

    /// <summary>The attachment content type Teams and the Bot Framework expect for a card.</summary>
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    [JsonPropertyOrder(-3)]
    public string Type { get; } = "AdaptiveCard";

    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(-2)]
    public string Schema { get; } = SchemaUrl;

    [JsonPropertyOrder(-1)]
    public string Version { get; } = "1.5";

    /// <summary>BCP 47 language of the card's text (<c>en</c>, <c>ja</c>): screen readers pick their voice by it.</summary>
    public string? Lang { get; init; }

    public IReadOnlyList<CardElement> Body { get; init; } = [];

    public IReadOnlyList<CardAction>? Actions { get; init; }

    /// <summary>Text shown where the card cannot be rendered (notifications, old clients).</summary>
    public string? FallbackText { get; init; }

    /// <summary>Teams-only settings: cards use the full message width so tables of findings stay readable.</summary>
    [JsonPropertyName("msteams")]
    public TeamsCardSettings? Teams { get; init; } = TeamsCardSettings.FullWidth;
}

public sealed record TeamsCardSettings(string Width)
{
    public static readonly TeamsCardSettings FullWidth = new("Full");
}
