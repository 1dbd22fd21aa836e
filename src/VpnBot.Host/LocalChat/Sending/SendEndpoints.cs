using System.Text.Json.Nodes;
using VpnBot.Host.LocalChat.Connector;
using VpnBot.Host.LocalChat.Transcript;

namespace VpnBot.Host.LocalChat.Sending;

/// <summary>
/// Where the page's messages and button presses enter: each becomes the activity Teams would send and goes to
/// this host's <c>/api/messages</c>, so the bot answers the page exactly as it answers Teams. The page gets the
/// bot's HTTP answer back (an invoke's card is in it); replies and updates reach it over its event stream.
/// </summary>
internal static class SendEndpoints
{
    // Teams refuses messages above about 28 KB; the page's text box stops there too.
    private const int MaxTextLength = 28_000;

    public static void MapLocalSending(this IEndpointRouteBuilder local)
    {
        local.MapPost("/send", SendAsync);
        local.MapPost("/open", OpenAsync);
    }

    private static async Task<IResult> SendAsync(
        SendRequest request, HttpContext context, TranscriptStore store, TeamsActivityFactory activities, LocalBotClient bot, ILogger<LocalBotClient> logger)
    {
        if (LocalConversation.Find(request.Conversation) is not { } conversation)
        {
            return Results.BadRequest(Problem("Unknown conversation: use \"channel\" or \"personal\"."));
        }

        var locale = PageLocale.Of(request.Locale);
        var hostBase = LocalAddress.Of(context);
        var serviceUrl = new Uri(hostBase, ConnectorEndpoints.BasePath.TrimStart('/'));
        if (request.Action is { } action)
        {
            if (store.Find(conversation.Id, action.ReplyToId) is not { } card)
            {
                return Results.NotFound(Problem("The card is no longer in this conversation."));
            }

            var invoke = activities.CardAction(conversation, "f:" + store.NewActivityId(), card.ConversationId, card.Id, action, locale, serviceUrl);
            var answer = await PostAsync(bot, hostBase, invoke, logger, context.RequestAborted);
            if (InvokeCard.Of(answer) is { } replacement)
            {
                store.Update(card.ConversationId, card.Id, InvokeCard.Replace(card, replacement));
            }

            return Answer(answer);
        }

        if (string.IsNullOrWhiteSpace(request.Text) || request.Text.Length > MaxTextLength)
        {
            return Results.BadRequest(Problem($"A message needs text of 1 to {MaxTextLength} characters."));
        }

        var id = store.NewActivityId();
        var message = activities.Message(conversation, id, request.Text, locale, serviceUrl);

        // The person's own message shows before anything the bot says about it.
        store.Add(new StoredActivity(id, (string)message["conversation"]!["id"]!, message.ToJsonString()));
        return Answer(await PostAsync(bot, hostBase, message, logger, context.RequestAborted));
    }

    private static async Task<IResult> OpenAsync(
        OpenRequest request, HttpContext context, TranscriptStore store, TeamsActivityFactory activities, LocalBotClient bot, ILogger<LocalBotClient> logger)
    {
        if (LocalConversation.Find(request.Conversation) is not { } conversation)
        {
            return Results.BadRequest(Problem("Unknown conversation: use \"channel\" or \"personal\"."));
        }

        if (!store.MarkOpened(conversation.Id))
        {
            return Results.Json(new JsonObject { ["installed"] = false });
        }

        var hostBase = LocalAddress.Of(context);
        var serviceUrl = new Uri(hostBase, ConnectorEndpoints.BasePath.TrimStart('/'));
        var update = activities.Installed(conversation, store.NewActivityId(), PageLocale.Of(request.Locale), serviceUrl);
        var answer = await PostAsync(bot, hostBase, update, logger, context.RequestAborted);
        return Results.Json(new JsonObject { ["installed"] = true, ["status"] = answer.Status });
    }

    private static async Task<BotAnswer> PostAsync(
        LocalBotClient bot, Uri hostBase, JsonObject activity, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            return await bot.PostAsync(hostBase, activity, cancellationToken);
        }
        catch (HttpRequestException failure)
        {
            // The page shows the status; the log keeps the reason.
            LocalChatLog.BotUnreachable(logger, failure);
            return new BotAnswer(StatusCodes.Status502BadGateway, null);
        }
    }

    private static IResult Answer(BotAnswer answer) =>
        Results.Json(new JsonObject { ["status"] = answer.Status, ["body"] = answer.Body?.DeepClone() });

    private static JsonObject Problem(string detail) => new() { ["error"] = detail };
}
