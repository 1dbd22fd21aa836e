using VpnBot.Agents.Protocol.Remediation;
using VpnBot.Diagnostics.Checks;

namespace VpnBot.Bot.Remediation;

/// <summary>Which checks show whether a remediation worked: they run again as soon as it is done.</summary>
public static class RemediationPlans
{
    public static IReadOnlyList<string> RelatedChecks(RemediationAction action) => action switch
    {
        RemediationAction.RestartRemoteAccess => [CheckIds.RrasService, CheckIds.IkeV2, CheckIds.IkeV1, CheckIds.IkeNatT, CheckIds.SstpListener, CheckIds.PptpControl],
        RemediationAction.RegisterDns => [CheckIds.DnsResolve, CheckIds.DnsPtr, CheckIds.DnsConsistency],
        RemediationAction.ClearDnsServerCache => [CheckIds.DnsCache, CheckIds.DnsResolve],
        _ => [],
    };
}
