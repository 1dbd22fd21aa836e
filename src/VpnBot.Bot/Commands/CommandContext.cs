using VpnBot.Bot.Cards.Views;
using VpnBot.Bot.Conversations;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Bot.Commands;

/// <summary>Everything a handler needs about the turn it answers.</summary>
/// <param name="Arguments">The text after the command word, normalized (see <see cref="Input.UserText"/>).</param>
public sealed record CommandContext(ChatTurn Turn, string Arguments, Language Language, Audience Audience, IChatReplies Replies)
{
    public bool IsIt => Audience == Audience.It;
}
