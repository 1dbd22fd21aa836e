using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Builder.TraceExtensions;
using Microsoft.Bot.Connector.Authentication;

namespace EchoBaseline;

/// <summary>The sample's adapter: CloudAdapter with an error handler that logs and tells the user.</summary>
internal sealed partial class AdapterWithErrorHandler : CloudAdapter
{
    public AdapterWithErrorHandler(BotFrameworkAuthentication auth, ILogger<IBotFrameworkHttpAdapter> logger)
        : base(auth, logger)
    {
        OnTurnError = async (turnContext, exception) =>
        {
            LogTurnError(logger, exception);
            await turnContext.SendActivityAsync("The bot encountered an error or bug.").ConfigureAwait(false);
            await turnContext.TraceActivityAsync("OnTurnError Trace", exception.Message, "https://www.botframework.com/schemas/error", "TurnError").ConfigureAwait(false);
        };
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error in a turn")]
    private static partial void LogTurnError(ILogger logger, Exception exception);
}
