namespace VpnBot.Integration.Tests.Tools;

/// <summary>How a standard tool run ended, with everything it printed (for assertions and failure messages).</summary>
public sealed record ToolResult(string CommandLine, int ExitCode, string Output)
{
    public override string ToString() => $"`{CommandLine}` exited with {ExitCode}:\n{Output}";
}
