using VpnBot.Bot.Cards.Views;

namespace VpnBot.Bot.Commands.Handlers;

/// <summary><c>/vpn help</c> (and a bare <c>/vpn</c>): the commands, in the user's language.</summary>
public sealed class HelpCommand : ICommandHandler
{
    public string Name => "help";

    public bool ItOnly => false;

    public Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Replies.SendAsync(HelpCards.Help(context.Audience, context.Language), cancellationToken);
    }
}
