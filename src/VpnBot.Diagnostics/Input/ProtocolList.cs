using VpnBot.Diagnostics.Checks;

namespace VpnBot.Diagnostics.Input;

/// <summary>Tunnel types: <c>ikev2</c>, <c>l2tp</c>, <c>sstp</c>, <c>pptp</c>, any case, comma separated.</summary>
public static class ProtocolList
{
    public static Parsed<VpnProtocols> Parse(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var protocols = VpnProtocols.None;
        foreach (var name in names.SelectMany(n => n.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
        {
            var one = ParseOne(name);
            if (one == VpnProtocols.None)
            {
                return Parsed<VpnProtocols>.Failure(nameof(InputText.ExpectedProtocols));
            }

            protocols |= one;
        }

        return protocols == VpnProtocols.None
            ? Parsed<VpnProtocols>.Failure(nameof(InputText.ExpectedProtocols))
            : Parsed<VpnProtocols>.Success(protocols);
    }

    private static VpnProtocols ParseOne(string name) => name.ToUpperInvariant() switch
    {
        "IKEV2" => VpnProtocols.Ikev2,
        "L2TP" or "L2TPIPSEC" or "L2TP/IPSEC" => VpnProtocols.L2tp,
        "SSTP" => VpnProtocols.Sstp,
        "PPTP" => VpnProtocols.Pptp,
        _ => VpnProtocols.None,
    };
}
