using System.Collections.Concurrent;
using VpnBot.Lab.Network;
using VpnBot.Lab.Processes;

namespace VpnBot.Lab.Startup;

/// <summary>What every startup step shares: the plan, the daemon registry, the readiness timeout.</summary>
internal sealed record StartupContext(LabPlan Plan, DaemonSet Daemons, TimeSpan Timeout)
{
    /// <summary>Configuration files worth naming in the topology (named.conf, unbound.conf), by host role.</summary>
    public ConcurrentDictionary<string, string> ConfigurationFiles { get; } = new();
}
