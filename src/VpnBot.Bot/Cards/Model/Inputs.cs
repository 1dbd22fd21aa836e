namespace VpnBot.Bot.Cards.Model;

public sealed record TextInput : CardElement
{
    public string? Label { get; init; }

    public string? Placeholder { get; init; }

    public string? Value { get; init; }

    public int? MaxLength { get; init; }

    public bool? IsRequired { get; init; }

    public string? ErrorMessage { get; init; }
}

public sealed record ChoiceSetInput(IReadOnlyList<Choice> Choices) : CardElement
{
    public string? Label { get; init; }

    public string? Value { get; init; }

    public ChoiceInputStyle? Style { get; init; }

    public bool? IsRequired { get; init; }

    public string? ErrorMessage { get; init; }
}

public sealed record Choice(string Title, string Value);
