using System.Globalization;
using System.Text;

namespace VpnBot.Lab.Network;

/// <summary>The firewall namespace's iptables-restore input: what is dropped and what is rejected.</summary>
internal static class FirewallRules
{
    public static string Render(LabPlan plan)
    {
        var ike = plan.IkeBehindFirewall.Address;
        var pptp = plan.PptpBehindFirewall.Address;
        var text = new StringBuilder()
            .AppendLine("*filter")
            .AppendLine(":INPUT ACCEPT [0:0]")
            .AppendLine(":FORWARD ACCEPT [0:0]")
            .AppendLine(":OUTPUT ACCEPT [0:0]")
            .AppendLine(CultureInfo.InvariantCulture, $"-A INPUT -d {plan.SilentDns}/32 -m comment --comment \"silent DNS server\" -j DROP")
            .AppendLine(CultureInfo.InvariantCulture, $"-A FORWARD -d {ike}/32 -p udp --dport 500 -m comment --comment \"IKE dropped, NAT-T passes\" -j DROP")
            .AppendLine(CultureInfo.InvariantCulture, $"-A FORWARD -d {ike}/32 -p tcp --dport 443 -m comment --comment \"SSTP/TLS dropped\" -j DROP")
            .AppendLine(CultureInfo.InvariantCulture, $"-A FORWARD -d {pptp}/32 -p tcp --dport 1723 -m comment --comment \"PPTP rejected\" -j REJECT --reject-with tcp-reset")
            .AppendLine("COMMIT");
        return text.ToString();
    }
}
