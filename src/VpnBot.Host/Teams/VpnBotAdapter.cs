using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using VpnBot.Bot.Cards.Views;
using VpnBot.Bot.Conversations;
using VpnBot.Bot.Localization;

namespace VpnBot.Host.Teams;

/// <summary>
/// The CloudAdapter with VpnBot's middleware (tenant filter first, then reference capture) and a last-resort
/// turn error handler: the log gets the exception, the user the error card with a correlation id.
/// </summary>
internal sealed partial class VpnBotAdapter : CloudAdapter
{
    public VpnBotAdapter(
        BotFrameworkAuthentication authentication,
        TenantFilterMiddleware tenantFilter,
        ConversationCaptureMiddleware capture,
        ILogger<VpnBotAdapter> logger)
        : base(authentication, logger)
    {
        Use(tenantFilter);
        Use(capture);
        OnTurnError = async (context, exception) =>
        {
            var correlationId = CorrelationId.New();
            LogTurnError(logger, exception, correlationId, context.Activity.Type);
            if (context.Activity.Type == Microsoft.Bot.Schema.ActivityTypes.Message && !context.Responded)
            {
                var card = ErrorCards.Unexpected(correlationId, LanguageResolver.FromLocale(context.Activity.Locale));
                await context.SendActivityAsync(CardAttachments.ToMessage(card)).ConfigureAwait(false);
            }
        };
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A {ActivityType} turn failed outside the handlers; correlation id {CorrelationId}")]
    private static partial void LogTurnError(ILogger logger, Exception exception, string correlationId, string activityType);
}
