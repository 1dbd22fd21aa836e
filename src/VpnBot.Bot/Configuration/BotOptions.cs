namespace VpnBot.Bot.Configuration;

/// <summary>
/// The <c>Vpn:Bot</c> configuration section: who is IT and which tenants may talk to the bot. Key names
/// are a contract shared with the agent and the documentation: keys may be added, never renamed.
/// </summary>
public sealed class BotOptions
{
    public const string SectionName = "Vpn:Bot";

    /// <summary>Entra object ids of IT administrators: they see full findings and may use IT-only actions.</summary>
    public IList<string> ItAdmins { get; } = [];

    /// <summary>Teams team or channel ids whose members count as IT when they write there.</summary>
    public IList<string> ItTeams { get; } = [];

    /// <summary>Tenant ids whose users may use the bot; empty allows every tenant (logged as a warning at start).</summary>
    public IList<string> AllowedTenants { get; } = [];

    /// <summary>Longest message text the bot reads, in characters; longer messages are refused with a short card. Default 4,000.</summary>
    public int MaxMessageLength { get; set; } = 4000;

    /// <summary>
    /// When true (the default), a remediation one IT member asks for runs only after a second IT member approves
    /// it; when false, it runs as soon as it is asked for. Either way every step goes to the audit log.
    /// </summary>
    public bool RemediationNeedsApproval { get; set; } = true;

    /// <summary>
    /// Which side of the network the host's own checks look from: <c>Inside</c> (default: the host runs in the
    /// company's network or DMZ) or <c>Outside</c> (it runs in a cloud, where remote employees are).
    /// </summary>
    public Diagnostics.Vantages.VantageKind HostVantage { get; set; } = Diagnostics.Vantages.VantageKind.Inside;
}
