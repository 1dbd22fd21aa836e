using System.Globalization;
using System.Text;
using VpnBot.Lab.Processes;
using VpnBot.Lab.Slots;

namespace VpnBot.Lab.Network;

/// <summary>
/// Creates and removes the lab's network with one <c>ip -batch</c> for the root namespace and one per
/// namespace: the bridge, a namespace and veth per host, the firewall's inside links, routes and rules.
/// </summary>
internal static class LabNetwork
{
    private const string Ip = "ip";

    public static async Task CreateAsync(LabPlan plan, SlotState state, CancellationToken cancellationToken)
    {
        // Recorded before anything exists, so a crash half-way still leaves the next run a complete list.
        state.AddNetwork(plan.Hosts.Select(h => h.Namespace), plan.RootLinks);
        await Command.RunCheckedAsync("Creating the lab network", Ip, ["-batch", "-"], cancellationToken, standardInput: RootScript(plan))
            .ConfigureAwait(false);
        await Task.WhenAll(plan.Hosts.Select(host => Command.RunCheckedAsync(
            $"Configuring namespace {host.Namespace}", Ip, ["-n", host.Namespace, "-batch", "-"], cancellationToken, standardInput: HostScript(plan, host))))
            .ConfigureAwait(false);

        var rules = plan.PathFor("firewall.rules");
        await File.WriteAllTextAsync(rules, FirewallRules.Render(plan), cancellationToken).ConfigureAwait(false);
        await Command.RunCheckedAsync("Enabling forwarding in the firewall namespace", Ip,
            ["netns", "exec", plan.Firewall.Namespace, "sysctl", "-qw", "net.ipv4.ip_forward=1"], cancellationToken).ConfigureAwait(false);
        await Command.RunCheckedAsync("Loading the firewall rules", Ip,
            ["netns", "exec", plan.Firewall.Namespace, "iptables-restore", rules], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes those of the namespaces and links that exist; anything else is left alone.</summary>
    public static async Task RemoveAsync(IEnumerable<string> namespaces, IEnumerable<string> links, CancellationToken cancellationToken)
    {
        var script = new StringBuilder();
        foreach (var link in links.Distinct().Where(l => Directory.Exists($"/sys/class/net/{l}")))
        {
            script.AppendLine(CultureInfo.InvariantCulture, $"link del {link}");
        }

        foreach (var name in namespaces.Distinct().Where(n => File.Exists($"/run/netns/{n}")))
        {
            script.AppendLine(CultureInfo.InvariantCulture, $"netns del {name}");
        }

        if (script.Length > 0)
        {
            // -force: keep going past a link that vanished with its namespace.
            await Command.RunAsync(Ip, ["-force", "-batch", "-"], cancellationToken, standardInput: script.ToString()).ConfigureAwait(false);
        }
    }

    /// <summary>Namespaces and links of the slot that still exist.</summary>
    public static IReadOnlyList<string> Remaining(LabPlan plan) =>
    [
        .. plan.Hosts.Select(h => h.Namespace).Where(n => File.Exists($"/run/netns/{n}")),
        .. plan.RootLinks.Where(l => Directory.Exists($"/sys/class/net/{l}")),
    ];

    private static string RootScript(LabPlan plan)
    {
        var net = plan.Net;
        var script = new StringBuilder()
            // Bridged frames skip the root namespace's iptables: a host firewall (a FORWARD policy of DROP, as
            // Docker sets) must not cut the lab's hosts off from each other.
            .AppendLine(CultureInfo.InvariantCulture, $"link add {net.Bridge} type bridge nf_call_iptables 0 nf_call_ip6tables 0 nf_call_arptables 0")
            .AppendLine(CultureInfo.InvariantCulture, $"link set {net.Bridge} up")
            .AppendLine(CultureInfo.InvariantCulture, $"addr add {net.Gateway}/24 dev {net.Bridge}");
        foreach (var host in plan.Hosts)
        {
            script.AppendLine(CultureInfo.InvariantCulture, $"netns add {host.Namespace}");
        }

        foreach (var host in plan.Hosts)
        {
            if (host.BehindFirewall)
            {
                script.AppendLine(CultureInfo.InvariantCulture, $"link add {host.FirewallLink} netns {plan.Firewall.Namespace} type veth peer name eth0 netns {host.Namespace}");
            }
            else
            {
                script.AppendLine(CultureInfo.InvariantCulture, $"link add {host.Namespace} type veth peer name eth0 netns {host.Namespace}")
                    .AppendLine(CultureInfo.InvariantCulture, $"link set {host.Namespace} master {net.Bridge} up");
            }
        }

        foreach (var subnet in plan.RoutedSubnets)
        {
            script.AppendLine(CultureInfo.InvariantCulture, $"route add {subnet} via {plan.Firewall.Address}");
        }

        return script.ToString();
    }

    private static string HostScript(LabPlan plan, PlannedHost host)
    {
        var script = new StringBuilder()
            .AppendLine("link set lo up")
            .AppendLine("link set eth0 up");
        foreach (var address in host.Addresses)
        {
            script.AppendLine(CultureInfo.InvariantCulture, $"addr add {address}/24 dev eth0");
        }

        if (host.RoutedSubnet is { } subnet)
        {
            script.AppendLine(CultureInfo.InvariantCulture, $"route add default via {plan.FirewallInside(subnet)}");
        }

        if (host == plan.Firewall)
        {
            foreach (var inside in plan.Hosts.Where(h => h.BehindFirewall))
            {
                script.AppendLine(CultureInfo.InvariantCulture, $"link set {inside.FirewallLink} up")
                    .AppendLine(CultureInfo.InvariantCulture, $"addr add {plan.FirewallInside(inside.RoutedSubnet!.Value)}/24 dev {inside.FirewallLink}");
            }
        }

        return script.ToString();
    }
}
