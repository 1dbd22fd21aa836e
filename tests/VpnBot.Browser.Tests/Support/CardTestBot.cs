using System.Collections.Concurrent;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace VpnBot.Browser.Tests.Support;

/// <summary>
/// A small bot on the Bot Framework SDK that uses everything the page must carry: a reply, a card updated in
/// place, an <c>Action.Execute</c> button with an input, a welcome on conversationUpdate. It records what it
/// received so tests can see the activities the page built.
/// </summary>
internal sealed class CardTestBot : ActivityHandler
{
    public const string CardContentType = "application/vnd.microsoft.card.adaptive";

    public ConcurrentQueue<Activity> Received { get; } = new();

    public override Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        // A copy: handlers change the activity (RemoveRecipientMention), tests want it as it arrived.
        Received.Enqueue(Newtonsoft.Json.JsonConvert.DeserializeObject<Activity>(Newtonsoft.Json.JsonConvert.SerializeObject(turnContext.Activity))!);
        return base.OnTurnAsync(turnContext, cancellationToken);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var text = ((Activity)turnContext.Activity).RemoveRecipientMention()?.Trim() ?? string.Empty;
        if (text == "card")
        {
            // The check command's pattern: a card at once, then the same card updated in place.
            var sent = await turnContext.SendActivityAsync(MessageFactory.Attachment(Card("Step 1 of 2", "first")), cancellationToken);
            var update = MessageFactory.Attachment(Card("Step 2 of 2", "second"));
            update.Id = sent.Id;
            await turnContext.UpdateActivityAsync(update, cancellationToken);
            return;
        }

        var words = turnContext.Activity.Locale?.StartsWith("ja", StringComparison.OrdinalIgnoreCase) == true ? "受け取りました" : "Received";
        await turnContext.SendActivityAsync(MessageFactory.Text($"{words}: **{text}**"), cancellationToken);
    }

    protected override Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(
        ITurnContext<IInvokeActivity> turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
    {
        var data = JObject.FromObject(invokeValue.Action.Data ?? new JObject());
        var note = (string?)data["note"] ?? string.Empty;
        return Task.FromResult(new AdaptiveCardInvokeResponse
        {
            StatusCode = 200,
            Type = CardContentType,
            Value = CardJson($"Pressed {invokeValue.Action.Verb}: {note}", "pressed"),
        });
    }

    // The SDK's OnMembersAddedAsync skips the bot itself; being added is exactly what the welcome answers.
    protected override async Task OnConversationUpdateActivityAsync(ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.MembersAdded?.Any(member => member.Id == turnContext.Activity.Recipient.Id) == true)
        {
            await turnContext.SendActivityAsync(MessageFactory.Text("Welcome"), cancellationToken);
        }
    }

    private static Attachment Card(string title, string stage) => new() { ContentType = CardContentType, Content = CardJson(title, stage) };

    private static JObject CardJson(string title, string stage) => JObject.FromObject(new Dictionary<string, object>
    {
        ["type"] = "AdaptiveCard",
        ["version"] = "1.5",
        ["body"] = new object[]
        {
            new Dictionary<string, object> { ["type"] = "TextBlock", ["text"] = title, ["id"] = "title", ["weight"] = "Bolder", ["wrap"] = true },
            new Dictionary<string, object> { ["type"] = "TextBlock", ["text"] = $"Stage **{stage}**", ["id"] = "stage", ["wrap"] = true },
            new Dictionary<string, object> { ["type"] = "Input.Text", ["id"] = "note", ["label"] = "Note" },
        },
        ["actions"] = new object[]
        {
            new Dictionary<string, object> { ["type"] = "Action.Execute", ["title"] = "Press", ["verb"] = "press", ["data"] = new Dictionary<string, object> { ["stage"] = stage } },
        },
    });
}
