using System.Diagnostics.CodeAnalysis;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Diagnostics.Input;

/// <summary>The outcome of parsing one value: the value, or what was expected instead.</summary>
public readonly record struct Parsed<T>
{
    private Parsed(T? value, LocalizedText? expected)
    {
        Value = value;
        Expected = expected;
    }

    public T? Value { get; }

    /// <summary>What the value should have looked like; null on success.</summary>
    public LocalizedText? Expected { get; }

    [MemberNotNullWhen(false, nameof(Expected))]
    [MemberNotNullWhen(true, nameof(Value))]
    public bool Ok => Expected is null;

    public static Parsed<T> Success(T value) => new(value, null);

    public static Parsed<T> Failure(LocalizedText expected) => new(default, expected);

    public static Parsed<T> Failure(string expectedResource) =>
        new(default, LocalizedText.Format(InputText.ResourceManager, expectedResource));
}
