using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Configuration;
using VpnBot.Diagnostics.Input;

namespace VpnBot.Cli.Binding;

/// <summary>Applies <c>--port NAME=PORT</c> values on top of an endpoint's ports.</summary>
internal static class PortFlags
{
    public const string OptionName = "--port";

    public static PortOptions Apply(PortOptions start, IEnumerable<string> overrides, ICollection<InputError> errors)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(overrides);
        ArgumentNullException.ThrowIfNull(errors);
        var ports = new VpnPorts { Ike = start.Ike, NatT = start.NatT, L2tp = start.L2tp, Pptp = start.Pptp, Sstp = start.Sstp };
        foreach (var text in overrides)
        {
            var parsed = PortOverride.Apply(ports, text);
            if (parsed.Ok)
            {
                ports = parsed.Value;
            }
            else
            {
                errors.Add(new InputError(OptionName, text, parsed.Expected));
            }
        }

        return new PortOptions { Ike = ports.Ike, NatT = ports.NatT, L2tp = ports.L2tp, Pptp = ports.Pptp, Sstp = ports.Sstp };
    }
}
