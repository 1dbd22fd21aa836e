using System.Globalization;
using System.Text;

namespace VpnBot.Lab.Network;

/// <summary>The firewall namespace's iptables-restore input: what is forwarded by NAT, dropped and rejected.</summary>
internal static class FirewallRules
{
    /// <summary>IP protocol 47 (RFC 2784), the PPTP data channel.</summary>
    private const int Gre = 47;

    public static string Render(LabPlan plan)
    {
        var ike = plan.IkeBehindFirewall.Address;
        var pptp = plan.PptpBehindFirewall.Address;
        var gre = plan.PptpGreFiltered.Address;
        var nat = plan.IkeBehindNat.Address;
        var text = new StringBuilder()
            .AppendLine("*nat")
            .AppendLine(":PREROUTING ACCEPT [0:0]")
            .AppendLine(":INPUT ACCEPT [0:0]")
            .AppendLine(":OUTPUT ACCEPT [0:0]")
            .AppendLine(":POSTROUTING ACCEPT [0:0]");
        foreach (var port in (int[])[500, 4500])
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"-A PREROUTING -d {plan.NatFront}/32 -p udp --dport {port} -m comment --comment \"IKE port forwarding\" -j DNAT --to-destination {nat}");
        }

        text.AppendLine("COMMIT")
            .AppendLine("*filter")
            .AppendLine(":INPUT ACCEPT [0:0]")
            .AppendLine(":FORWARD ACCEPT [0:0]")
            .AppendLine(":OUTPUT ACCEPT [0:0]")
            .AppendLine(CultureInfo.InvariantCulture, $"-A INPUT -d {plan.SilentDns}/32 -m comment --comment \"silent DNS server\" -j DROP")
            .AppendLine(CultureInfo.InvariantCulture, $"-A INPUT -d {plan.SilentPki}/32 -m comment --comment \"CRL and OCSP server down\" -j DROP");

        // The broken endpoint: only UDP 4500 gets through, every other VPN port is silently dropped.
        foreach (var (protocol, port, what) in (ReadOnlySpan<(string, int, string)>)[("udp", 500, "IKE"), ("udp", 1701, "L2TP"), ("tcp", 1723, "PPTP"), ("tcp", 443, "SSTP/TLS")])
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"-A FORWARD -d {ike}/32 -p {protocol} --dport {port} -m comment --comment \"{what} dropped, NAT-T passes\" -j DROP");
        }

        return text
            .AppendLine(CultureInfo.InvariantCulture, $"-A FORWARD -d {pptp}/32 -p tcp --dport 1723 -m comment --comment \"PPTP rejected\" -j REJECT --reject-with tcp-reset")
            .AppendLine(CultureInfo.InvariantCulture, $"-A FORWARD -d {gre}/32 -p {Gre} -m comment --comment \"GRE dropped, TCP 1723 passes\" -j DROP")
            .AppendLine(CultureInfo.InvariantCulture, $"-A FORWARD -s {gre}/32 -p {Gre} -m comment --comment \"GRE dropped, TCP 1723 passes\" -j DROP")
            .AppendLine("COMMIT")
            .ToString();
    }
}
