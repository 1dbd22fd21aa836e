using VpnBot.Diagnostics.Tests.Probes.Pptp;

namespace VpnBot.Diagnostics.Tests.Probes.Gre;

/// <summary>pptpd whose PPP program is <see cref="PppStandIn"/>: a call gets the server's GRE.</summary>
public class PptpdWithPppStandIn : PptpdLab
{
    // The lab runs only on Linux (LabNamespace.Unavailable says so elsewhere).
    protected override string? PppProgram(DirectoryInfo directory) => OperatingSystem.IsWindows() ? null : PppStandIn.Write(directory);
}

/// <summary>
/// As <see cref="PptpdWithPppStandIn"/>, with GRE dropped as it leaves the namespace's link: a filter on
/// the path. (Dropping in the OUTPUT chain instead would fail pptpd's own send with EPERM, and pptpd
/// would hang up the call: not what a firewall on the path does.)
/// </summary>
public sealed class PptpdBehindGreFilter : PptpdWithPppStandIn
{
    protected override async Task ConfigureAsync(LabNamespace lab)
    {
        var rules = Path.Combine(lab.Directory.FullName, "gre-filter.nft");
        await File.WriteAllTextAsync(rules, $$"""
            table netdev tunh_gre {
              chain egress {
                type filter hook egress device "{{lab.ServerLink}}" priority 0; policy accept;
                ip protocol gre drop
              }
            }
            """);
        await lab.ExecAsync("/usr/sbin/nft", "-f", rules);
    }
}
