using System.Diagnostics.CodeAnalysis;

namespace VpnBot.Diagnostics.Probes;

/// <summary>
/// What a parser of untrusted bytes made of them: the value, or a short technical reason it is not the
/// protocol (kept as evidence, so English only). Parsers of the tunnel probes never throw on input.
/// </summary>
public readonly record struct WireParse<T>
{
    private WireParse(T? value, string? problem)
    {
        Value = value;
        Problem = problem;
    }

    public T? Value { get; }

    /// <summary>Why the bytes were rejected; null on success.</summary>
    public string? Problem { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool Ok => Problem is null;

    public static WireParse<T> Success(T value) => new(value, null);

    public static WireParse<T> Fail(string problem) => new(default, problem);
}
