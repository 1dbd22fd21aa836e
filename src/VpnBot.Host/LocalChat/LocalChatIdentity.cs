namespace VpnBot.Host.LocalChat;

/// <summary>
/// Who and where the local chat page pretends to be, in Teams' own id formats: one tenant, one person, the bot,
/// an IT team with a VPN channel, and the person's personal chat with the bot. The channel and its team are
/// added to <c>Vpn:Bot:ItTeams</c> while the page is enabled, so the channel gets the IT view and the personal
/// chat the employee view — the two audiences the bot serves.
/// </summary>
public static class LocalChatIdentity
{
    /// <summary>The tenant every local activity comes from.</summary>
    public const string TenantId = "0c4a1b7e-6a3d-4c1e-9b8f-10ca1c4a7000";

    /// <summary>The IT team (in Teams a team's id is the id of its General channel).</summary>
    public const string ItTeamId = "19:vpnbot-local-it-team@thread.tacv2";

    /// <summary>The team's VPN channel, where the page's "IT channel" conversation happens.</summary>
    public const string ItChannelId = "19:vpnbot-local-it-vpn@thread.tacv2";

    /// <summary>The personal (one-to-one) conversation between the local user and the bot.</summary>
    public const string PersonalConversationId = "a:vpnbot-local-personal";

    /// <summary>The bot's channel account id (Teams prefixes bot ids with <c>28:</c>).</summary>
    public const string BotId = "28:vpnbot-local-bot";

    /// <summary>The bot's display name, as Teams writes it in a channel mention.</summary>
    public const string BotName = "VpnBot";

    /// <summary>The local user's channel account id (Teams prefixes user ids with <c>29:</c>).</summary>
    public const string UserId = "29:vpnbot-local-user";

    /// <summary>The local user's Entra object id.</summary>
    public const string UserAadObjectId = "0c4a1b7e-6a3d-4c1e-9b8f-10ca1c4a7001";

    /// <summary>The local user's display name.</summary>
    public const string UserName = "Local User";

    /// <summary>The IT team's display name, as Teams sends it in channel data.</summary>
    public const string ItTeamName = "IT";

    /// <summary>The IT team's Microsoft 365 group id.</summary>
    public const string ItTeamGroupId = "0c4a1b7e-6a3d-4c1e-9b8f-10ca1c4a7002";

    /// <summary>The VPN channel's display name, as Teams sends it in channel data.</summary>
    public const string ItChannelName = "VPN";
}
