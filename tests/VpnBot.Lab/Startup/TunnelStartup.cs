using VpnBot.Lab.Daemons.L2tp;
using VpnBot.Lab.Daemons.Pptp;

namespace VpnBot.Lab.Startup;

/// <summary>Starts pptpd on the VPN and behind the firewall, and xl2tpd on the VPN.</summary>
internal static class TunnelStartup
{
    public static async Task StartAsync(StartupContext context, CancellationToken cancellationToken)
    {
        var (plan, daemons, timeout) = (context.Plan, context.Daemons, context.Timeout);
        await Task.WhenAll(
            PptpServer.StartAsync("pptpd (VPN)", plan.Vpn, plan.PathFor("vpn-pptpd"), daemons, timeout, cancellationToken),
            PptpServer.StartAsync(
                "pptpd (behind firewall)", plan.PptpBehindFirewall, plan.PathFor(plan.PptpBehindFirewall.Role), daemons, timeout, cancellationToken),
            L2tpServer.StartAsync("xl2tpd (VPN)", plan.Vpn, plan.PathFor("vpn-xl2tpd"), daemons, timeout, cancellationToken)).ConfigureAwait(false);
    }
}
