using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.IdentityModel.Tokens;

namespace VpnBot.Host.Teams;

/// <summary>
/// <c>POST /api/messages</c>. The adapter answers 401 for a missing or malformed token itself, but a token
/// whose signature does not verify surfaces from the identity library as an exception it does not map; such
/// a request is refused with 401 here too, rather than reported as a server error.
/// </summary>
internal static partial class MessagesEndpoint
{
    public static async Task HandleAsync(HttpContext http, CloudAdapter adapter, IBot bot, ILoggerFactory loggers)
    {
        try
        {
            await adapter.ProcessAsync(http.Request, http.Response, bot, http.RequestAborted).ConfigureAwait(false);
        }
        catch (SecurityTokenException exception) when (!http.Response.HasStarted)
        {
            // The exception names the failed check only (signature, audience, lifetime), never the token.
            LogRejected(loggers.CreateLogger(typeof(MessagesEndpoint).FullName!), exception.GetType().Name);
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a request to /api/messages: its token did not validate ({Reason})")]
    private static partial void LogRejected(ILogger logger, string reason);
}
