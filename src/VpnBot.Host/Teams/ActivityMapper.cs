using System.Text.RegularExpressions;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using VpnBot.Bot.Conversations;

namespace VpnBot.Host.Teams;

/// <summary>Reads a Teams activity into the bot's own <see cref="ChatTurn"/>; the only place that knows Teams' JSON shape.</summary>
internal static partial class ActivityMapper
{
    public static ChatTurn ToTurn(ITurnContext context, CardActionInvoke? action = null)
    {
        var activity = context.Activity;
        return new ChatTurn
        {
            Text = action is null ? StripMentions(activity) : string.Empty,
            From = new ChatUser(activity.From?.Id ?? string.Empty, activity.From?.AadObjectId, activity.From?.Name),
            Conversation = ToConversation(activity),
            Locale = activity.Locale,
            Action = action,
        };
    }

    public static ChatConversation ToConversation(IActivity activity)
    {
        var channelData = activity.ChannelData as JObject;
        var kind = activity.Conversation?.ConversationType switch
        {
            "channel" => ConversationKind.Channel,
            "groupChat" => ConversationKind.GroupChat,
            _ => ConversationKind.Personal,
        };
        return new ChatConversation(
            activity.Conversation?.Id ?? string.Empty,
            kind,
            TenantOf(activity),
            (string?)channelData?.SelectToken("team.id"),
            (string?)channelData?.SelectToken("channel.id"));
    }

    public static string? TenantOf(IActivity activity) =>
        (activity.ChannelData as JObject)?.SelectToken("tenant.id")?.ToString() is { Length: > 0 } tenant
            ? tenant
            : activity.Conversation?.TenantId;

    /// <summary>
    /// The verb and data of an <c>Action.Execute</c>; only string values are kept (the cards send nothing
    /// else), so nested or huge values from a forged invoke never reach a handler.
    /// </summary>
    public static CardActionInvoke ToAction(IActivity activity, AdaptiveCardInvokeValue value)
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        if (value.Action?.Data is JObject fields)
        {
            foreach (var (name, token) in fields)
            {
                if (token is { Type: JTokenType.String or JTokenType.Integer or JTokenType.Boolean } && data.Count < 32)
                {
                    data[name] = token.ToString();
                }
            }
        }

        return new CardActionInvoke(value.Action?.Verb ?? string.Empty, data, (activity as Activity)?.ReplyToId);
    }

    // Teams puts "<at>VpnBot</at>" into channel message text; a command starts after it.
    private static string StripMentions(Activity activity)
    {
        var text = activity.Text ?? string.Empty;
        foreach (var mention in activity.GetMentions())
        {
            if (mention.Mentioned?.Id == activity.Recipient?.Id && mention.Text is { Length: > 0 } mentionText)
            {
                text = text.Replace(mentionText, string.Empty, StringComparison.Ordinal);
            }
        }

        return AtTag().Replace(text, string.Empty).Trim();
    }

    [GeneratedRegex("<at>[^<]{0,256}</at>", RegexOptions.CultureInvariant)]
    private static partial Regex AtTag();
}
