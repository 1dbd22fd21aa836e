using VpnBot.Lab.Daemons.L2tp;
using VpnBot.Lab.Daemons.Pptp;
using VpnBot.Lab.Network;

namespace VpnBot.Lab.Startup;

/// <summary>
/// Starts pptpd on the VPN and behind the GRE filter with the PPP stand-in, with the real pppd behind the TCP
/// 1723 rejection and on the tunnel-quirks host, and xl2tpd on the VPN and (refusing every peer) on the
/// tunnel-quirks host.
/// </summary>
internal static class TunnelStartup
{
    public static async Task StartAsync(StartupContext context, CancellationToken cancellationToken)
    {
        var (plan, daemons, timeout) = (context.Plan, context.Daemons, context.Timeout);
        var standIn = await PppStandIn.WriteAsync(plan.PathFor("ppp-stand-in"), cancellationToken).ConfigureAwait(false);
        await Task.WhenAll(
            Pptpd("pptpd (VPN, PPP stand-in)", plan.Vpn, "vpn-pptpd", standIn),
            Pptpd("pptpd (behind firewall)", plan.PptpBehindFirewall, plan.PptpBehindFirewall.Role, pppProgram: null),
            Pptpd("pptpd (real pppd)", plan.TunnelQuirks, "pptpd-real-pppd", pppProgram: null),
            Pptpd("pptpd (behind GRE filter, PPP stand-in)", plan.PptpGreFiltered, plan.PptpGreFiltered.Role, standIn),
            L2tpServer.StartAsync("xl2tpd (VPN)", plan.Vpn, plan.Vpn.Address, plan.PathFor("vpn-xl2tpd"), false, daemons, timeout, cancellationToken),
            L2tpServer.StartAsync(
                "xl2tpd (refusing every peer)", plan.TunnelQuirks, plan.TunnelQuirks.Addresses[1], plan.PathFor("xl2tpd-refusing"), true, daemons, timeout, cancellationToken))
            .ConfigureAwait(false);

        Task Pptpd(string name, PlannedHost host, string folder, string? pppProgram) =>
            PptpServer.StartAsync(name, host, plan.PathFor(folder), pppProgram, daemons, timeout, cancellationToken);
    }
}
