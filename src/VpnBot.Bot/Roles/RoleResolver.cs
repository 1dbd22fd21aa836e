using Microsoft.Extensions.Options;
using VpnBot.Bot.Cards.Views;
using VpnBot.Bot.Configuration;
using VpnBot.Bot.Conversations;

namespace VpnBot.Bot.Roles;

/// <summary>
/// Decides who is IT: a user listed in <c>Vpn:Bot:ItAdmins</c> (by Entra object id), or anyone writing in a
/// team or channel listed in <c>Vpn:Bot:ItTeams</c>. Everyone else gets the employee view.
/// </summary>
public sealed class RoleResolver(IOptionsMonitor<BotOptions> options)
{
    public Audience AudienceOf(ChatTurn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var bot = options.CurrentValue;
        if (turn.From.AadObjectId is { Length: > 0 } user && bot.ItAdmins.Contains(user, StringComparer.OrdinalIgnoreCase))
        {
            return Audience.It;
        }

        var conversation = turn.Conversation;
        if (conversation.Kind == ConversationKind.Channel
            && ((conversation.TeamId is { } team && bot.ItTeams.Contains(team, StringComparer.OrdinalIgnoreCase))
                || (conversation.ChannelId is { } channel && bot.ItTeams.Contains(channel, StringComparer.OrdinalIgnoreCase))))
        {
            return Audience.It;
        }

        return Audience.Employee;
    }
}
