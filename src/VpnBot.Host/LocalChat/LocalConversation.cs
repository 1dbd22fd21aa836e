namespace VpnBot.Host.LocalChat;

/// <summary>
/// One of the page's two conversations. The page names them by <see cref="Key"/>; the bot sees Teams ids.
/// </summary>
internal sealed record LocalConversation(string Key, string Id, bool IsChannel)
{
    /// <summary>The IT team's VPN channel: the bot answers with the IT view there.</summary>
    public static LocalConversation Channel { get; } = new("channel", LocalChatIdentity.ItChannelId, IsChannel: true);

    /// <summary>The local user's personal chat with the bot: the employee view.</summary>
    public static LocalConversation Personal { get; } = new("personal", LocalChatIdentity.PersonalConversationId, IsChannel: false);

    public static LocalConversation? Find(string? key) => key switch
    {
        "channel" => Channel,
        "personal" => Personal,
        _ => null,
    };
}
