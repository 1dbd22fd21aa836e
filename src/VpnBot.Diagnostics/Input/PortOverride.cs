using VpnBot.Diagnostics.Checks;

namespace VpnBot.Diagnostics.Input;

/// <summary>A <c>--port</c> value: <c>ike=N</c>, <c>nat-t=N</c>, <c>l2tp=N</c>, <c>pptp=N</c> or <c>sstp=N</c>.</summary>
public static class PortOverride
{
    public static Parsed<VpnPorts> Apply(VpnPorts ports, string? text)
    {
        ArgumentNullException.ThrowIfNull(ports);
        var parts = text?.Split('=', 2, StringSplitOptions.TrimEntries);
        if (parts is not { Length: 2 })
        {
            return Parsed<VpnPorts>.Failure(nameof(InputText.ExpectedPortOverride));
        }

        var port = PortNumber.Parse(parts[1]);
        if (!port.Ok)
        {
            return Parsed<VpnPorts>.Failure(nameof(InputText.ExpectedPortOverride));
        }

        VpnPorts? updated = parts[0].ToUpperInvariant() switch
        {
            "IKE" => ports with { Ike = port.Value },
            "NAT-T" or "NATT" => ports with { NatT = port.Value },
            "L2TP" => ports with { L2tp = port.Value },
            "PPTP" => ports with { Pptp = port.Value },
            "SSTP" => ports with { Sstp = port.Value },
            _ => null,
        };
        return updated is null ? Parsed<VpnPorts>.Failure(nameof(InputText.ExpectedPortOverride)) : Parsed<VpnPorts>.Success(updated);
    }
}
