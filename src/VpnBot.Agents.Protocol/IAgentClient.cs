using VpnBot.Agents.Protocol.Messages;
using VpnBot.Agents.Protocol.Remediation;

namespace VpnBot.Agents.Protocol;

/// <summary>What the host asks of a connected agent. Agents answer through <see cref="AgentHubMethods"/>.</summary>
public interface IAgentClient
{
    /// <summary>Run a plan now; the agent streams its findings back with <see cref="AgentHubMethods.ReportFindings"/>.</summary>
    Task RunPlan(PlanRequest request);

    /// <summary>The host no longer waits for this run (its deadline passed, the check was cancelled).</summary>
    Task CancelPlan(string runId);

    /// <summary>Carry out an approved remediation and answer with the outcome (a SignalR client result).</summary>
    Task<RemediationResult> RunRemediation(RemediationRequest request);
}

/// <summary>The hub methods an agent calls.</summary>
public static class AgentHubMethods
{
    /// <summary><c>Announce(AgentAnnouncement)</c>: right after every connect and reconnect.</summary>
    public const string Announce = "Announce";

    /// <summary><c>ReportFindings(string runId, stream of FindingMessage)</c>: the findings of one run as they complete; the stream's end is the run's end.</summary>
    public const string ReportFindings = "ReportFindings";
}
