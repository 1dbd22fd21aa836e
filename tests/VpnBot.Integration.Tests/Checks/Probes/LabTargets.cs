using System.Net;
using VpnBot.Diagnostics.Checks;

namespace VpnBot.Integration.Tests.Checks.Probes;

/// <summary>Targets that point the probes at one lab address, on the standard ports.</summary>
internal static class LabTargets
{
    /// <summary>vpn.example.local dialled at <paramref name="address"/>, offering <paramref name="protocols"/> (all four when none are named).</summary>
    public static CheckTarget At(IPAddress address, params string[] protocols) => DiagnosticsCore.Target(endpoint =>
    {
        endpoint.Address = address.ToString();
        foreach (var protocol in protocols)
        {
            endpoint.Protocols.Add(protocol);
        }
    });

    /// <summary>As <see cref="At(IPAddress, string[])"/>, with the SSTP port of <paramref name="tls"/>.</summary>
    public static CheckTarget AtTls(IPEndPoint tls) => DiagnosticsCore.Target(endpoint =>
    {
        endpoint.Address = tls.Address.ToString();
        endpoint.Protocols.Add("Sstp");
        endpoint.Ports.Sstp = tls.Port;
    });

    /// <summary>The protocol names the configuration accepts.</summary>
    public const string Ikev2 = nameof(VpnProtocols.Ikev2);

    public const string L2tp = nameof(VpnProtocols.L2tp);

    public const string Sstp = nameof(VpnProtocols.Sstp);

    public const string Pptp = nameof(VpnProtocols.Pptp);
}
