using VpnBot.Diagnostics.Vantages;

namespace VpnBot.Agent.Configuration;

/// <summary>The <c>Vpn:Agent</c> section: where the host is and how this agent identifies itself.</summary>
public sealed class AgentOptions
{
    public const string SectionName = "Vpn:Agent";

    /// <summary>The bot host's base address (<c>https://vpnbot.example.com</c>). Plain http only to a loopback address.</summary>
    public Uri? HostUrl { get; set; }

    /// <summary>
    /// A PEM file with the CA that issued the host's TLS certificate, when that is a company's internal CA the
    /// system does not trust. The system's roots stay trusted; the host name must match either way.
    /// </summary>
    public string? HostCertificateAuthority { get; set; }

    /// <summary>Which side of the network this agent looks from: <c>Inside</c> (default) or <c>Outside</c>.</summary>
    public VantageKind Vantage { get; set; } = VantageKind.Inside;

    /// <summary>The one-time token from <c>/vpn agents add</c>; needed only until the agent has its credential.</summary>
    public string? EnrolmentToken { get; set; }

    /// <summary>Where the agent keeps its credential; relative paths are under the content root. Default <c>data</c>.</summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>Plans run at once; more wait. Default 500.</summary>
    public int MaxConcurrentPlans { get; set; } = 500;

    /// <summary>Longest wait between reconnect attempts while the host is away. Default 30 s.</summary>
    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromSeconds(30);
}
