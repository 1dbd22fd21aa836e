namespace VpnBot.Host.LocalChat;

internal static partial class LocalChatLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "The local chat page could not reach this host's /api/messages")]
    public static partial void BotUnreachable(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Local chat page: {Url}/ (messages go through /api/messages as from Teams)")]
    public static partial void PageReady(ILogger logger, string url);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "Local chat page is off: a MicrosoftAppId is configured (set Vpn:Bot:LocalChat:Enabled to choose explicitly)")]
    public static partial void OffWithAppId(ILogger logger);
}
