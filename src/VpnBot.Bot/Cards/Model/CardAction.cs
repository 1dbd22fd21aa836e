using System.Text.Json.Serialization;

namespace VpnBot.Bot.Cards.Model;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(ToggleVisibilityAction), "Action.ToggleVisibility")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
public abstract record CardAction(string Title)
{
    public ActionStyle? Style { get; init; }
}

/// <summary>
/// A Universal Action: Teams sends it to the bot as an <c>adaptiveCard/action</c> invoke with
/// <see cref="Verb"/> and <see cref="Data"/>, and the bot answers with the card that replaces this one.
/// </summary>
public sealed record ExecuteAction(string Title, string Verb) : CardAction(Title)
{
    /// <summary>Small, non-secret arguments of the action; inputs of the card are merged in by the client.</summary>
    public IReadOnlyDictionary<string, string>? Data { get; init; }

    /// <summary><c>auto</c> sends the card's inputs with the action, <c>none</c> sends none.</summary>
    public string? AssociatedInputs { get; init; }
}

public sealed record ToggleVisibilityAction(string Title, IReadOnlyList<string> TargetElements) : CardAction(Title);

public sealed record OpenUrlAction(string Title, Uri Url) : CardAction(Title);
