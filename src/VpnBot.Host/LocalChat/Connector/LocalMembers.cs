using System.Text.Json.Nodes;

namespace VpnBot.Host.LocalChat.Connector;

/// <summary>The people and places the local connector describes when the bot asks, in Teams' JSON shapes.</summary>
internal static class LocalMembers
{
    /// <summary>The local user as a Teams channel account (what <c>TeamsInfo.GetMemberAsync</c> reads).</summary>
    public static JsonObject User() => new()
    {
        ["id"] = LocalChatIdentity.UserId,
        ["name"] = LocalChatIdentity.UserName,
        ["aadObjectId"] = LocalChatIdentity.UserAadObjectId,
        ["givenName"] = "Local",
        ["surname"] = "User",
        ["userPrincipalName"] = "local.user@vpnbot.invalid",
        ["tenantId"] = LocalChatIdentity.TenantId,
        ["userRole"] = "user",
    };

    /// <summary>The bot as the recipient or sender of an activity.</summary>
    public static JsonObject Bot() => new()
    {
        ["id"] = LocalChatIdentity.BotId,
        ["name"] = LocalChatIdentity.BotName,
    };

    /// <summary>The local user as the sender of an activity.</summary>
    public static JsonObject Sender() => new()
    {
        ["id"] = LocalChatIdentity.UserId,
        ["name"] = LocalChatIdentity.UserName,
        ["aadObjectId"] = LocalChatIdentity.UserAadObjectId,
    };

    /// <summary>The IT team's details (what <c>TeamsInfo.GetTeamDetailsAsync</c> reads).</summary>
    public static JsonObject ItTeam() => new()
    {
        ["id"] = LocalChatIdentity.ItTeamId,
        ["name"] = LocalChatIdentity.ItTeamName,
        ["aadGroupId"] = LocalChatIdentity.ItTeamGroupId,
        ["channelCount"] = 2,
        ["memberCount"] = 1,
    };
}
