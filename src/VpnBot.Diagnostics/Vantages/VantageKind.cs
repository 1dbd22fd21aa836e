namespace VpnBot.Diagnostics.Vantages;

/// <summary>Which side of the corporate network a vantage point looks from.</summary>
public enum VantageKind
{
    /// <summary>Inside the network, near the VPN server (a site's agent, or the host itself).</summary>
    Inside,

    /// <summary>On the internet, where remote employees are.</summary>
    Outside,
}
