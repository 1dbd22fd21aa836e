namespace VpnBot.Cli.Tests.Support;

/// <summary>What one run of the command produced.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    /// <summary>Standard error split into lines, without the final line break.</summary>
    public IReadOnlyList<string> ErrorLines => Error.Length == 0 ? [] : Error.TrimEnd('\n').Split('\n');

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";
}
