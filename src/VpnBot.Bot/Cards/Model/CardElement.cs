using System.Text.Json.Serialization;

namespace VpnBot.Bot.Cards.Model;

/// <summary>Anything in a card's body or a container. The <c>type</c> property names the concrete element.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(RichTextBlock), "RichTextBlock")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(ColumnSet), "ColumnSet")]
[JsonDerivedType(typeof(ActionSet), "ActionSet")]
[JsonDerivedType(typeof(Table), "Table")]
[JsonDerivedType(typeof(TextInput), "Input.Text")]
[JsonDerivedType(typeof(ChoiceSetInput), "Input.ChoiceSet")]
public abstract record CardElement
{
    /// <summary>Needed only for elements a toggle or an input refers to; unique within the card.</summary>
    public string? Id { get; init; }

    public Spacing? Spacing { get; init; }

    public bool? Separator { get; init; }

    /// <summary>False hides the element until an <see cref="ToggleVisibilityAction"/> shows it.</summary>
    public bool? IsVisible { get; init; }
}
