using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using VpnBot.Bot.Cards.Model;

namespace VpnBot.Host.Teams;

/// <summary>
/// Cards leave the bot as System.Text.Json; the Bot Framework serializes activities with Newtonsoft.Json,
/// so the card crosses as a parsed JSON tree rather than as an object it would re-serialize its own way.
/// </summary>
internal static class CardAttachments
{
    public static Attachment ToAttachment(AdaptiveCard card) => new()
    {
        ContentType = AdaptiveCard.ContentType,
        Content = ToJson(card),
    };

    public static JObject ToJson(AdaptiveCard card) => JObject.Parse(CardJson.Serialize(card));

    public static Activity ToMessage(AdaptiveCard card)
    {
        var message = Activity.CreateMessageActivity();
        message.Attachments = [ToAttachment(card)];
        if (card.FallbackText is { } fallback)
        {
            // Shown in notifications and the chat list, where a card cannot be.
            message.Summary = fallback;
        }

        return (Activity)message;
    }
}
