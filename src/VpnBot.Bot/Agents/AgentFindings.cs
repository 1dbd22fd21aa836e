using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Bot.Agents;

/// <summary>Findings the host writes for an agent that could not give its own.</summary>
public static class AgentFindings
{
    public static Finding NoAnswer(string agent, TimeSpan deadline) => Error(
        agent,
        nameof(AgentFindingText.NoAnswer),
        [agent, Math.Round(deadline.TotalSeconds, 1)],
        nameof(AgentFindingText.NoAnswerFix));

    public static Finding Partial(string agent, TimeSpan deadline) => Error(
        agent,
        nameof(AgentFindingText.Partial),
        [agent, Math.Round(deadline.TotalSeconds, 1)],
        nameof(AgentFindingText.NoAnswerFix));

    public static Finding CircuitOpen(string agent) => Error(agent, nameof(AgentFindingText.CircuitOpen), [agent], nameof(AgentFindingText.NoAnswerFix));

    public static Finding Lost(string agent) => Error(agent, nameof(AgentFindingText.Lost), [agent], nameof(AgentFindingText.NoAnswerFix));

    private static Finding Error(string agent, string summary, object[] args, string fix) => new()
    {
        Check = CheckIds.AgentAnswer,
        Subject = agent,
        Status = CheckStatus.Error,
        Summary = LocalizedText.Format(AgentFindingText.ResourceManager, summary, args),
        Remediation = [LocalizedText.Format(AgentFindingText.ResourceManager, fix, agent)],
    };
}
