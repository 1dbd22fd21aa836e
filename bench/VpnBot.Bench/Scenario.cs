namespace VpnBot.Bench;

/// <summary>One step of the sequential baseline: a standard tool with its default timeouts.</summary>
public sealed record ToolStep(string Label, string File, IReadOnlyList<string> Arguments)
{
    public string CommandLine => string.Join(' ', [File, .. Arguments]);
}

/// <summary>A vpnbot invocation to time.</summary>
public sealed record VpnbotRun(string Label, IReadOnlyList<string> Arguments);

/// <summary>An endpoint, what vpnbot is asked, and what an administrator would type instead.</summary>
public sealed record Scenario(string Name, string Description, IReadOnlyList<VpnbotRun> Vpnbot, IReadOnlyList<ToolStep> Tools, bool SlowTools, TimeSpan Deadline);
