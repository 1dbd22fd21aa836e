using System.Globalization;
using System.Net;
using VpnBot.Diagnostics.Checks;

namespace VpnBot.Diagnostics.Probes.Ike;

/// <summary>Plan-time helpers the IKE checks share: the subject and the time a probe may use.</summary>
internal static class IkeCheckUnits
{
    /// <summary>
    /// The subject of an IKE unit: the configured address, else the name, with the port —
    /// <c>198.18.0.2:500</c>, <c>[2001:db8::1]:4500</c> or <c>vpn.example.local:500</c>.
    /// </summary>
    public static string Subject(CheckTarget target, int port)
    {
        ArgumentNullException.ThrowIfNull(target);
        return target.Address is { } address
            ? new IPEndPoint(address, port).ToString()
            : string.Create(CultureInfo.InvariantCulture, $"{target.Fqdn}:{port}");
    }

    /// <summary>Error codes for "no usable answer" on the NAT-T port: 809, plus 13805 and 792 for the protocols offered.</summary>
    public static IReadOnlyList<string> NatTPathCodes(CheckTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var codes = new List<string> { "809" };
        if (target.Offers(VpnProtocols.Ikev2))
        {
            codes.Add("13805");
        }

        if (target.Offers(VpnProtocols.L2tp))
        {
            codes.Add("792");
        }

        return codes;
    }
}
