namespace VpnBot.Host.LocalChat;

/// <summary>
/// The <c>Vpn:Bot:LocalChat</c> configuration section: the page at the root URL that lets a person talk to the
/// bot without a Teams tenant, through the same <c>/api/messages</c> pipeline Teams uses.
/// </summary>
public sealed class LocalChatOptions
{
    public const string SectionName = "Vpn:Bot:LocalChat";

    /// <summary>
    /// Whether the page and its local connector are served. Unset (the default): on in the Development
    /// environment when no <c>MicrosoftAppId</c> is configured, off otherwise. <c>true</c> turns it on in any
    /// environment, and is refused at start when a <c>MicrosoftAppId</c> is configured: with an app id the bot
    /// demands Bot Framework tokens, which the local connector cannot mint.
    /// </summary>
    public bool? Enabled { get; set; }

    /// <summary>Activities kept per conversation; older ones are dropped from the page's transcript. Default 200.</summary>
    public int MaxActivitiesPerConversation { get; set; } = 200;

    /// <summary>Conversations kept; the least recently active one is forgotten beyond this. Default 20.</summary>
    public int MaxConversations { get; set; } = 20;
}
