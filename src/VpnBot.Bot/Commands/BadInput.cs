using VpnBot.Bot.Cards.Views;
using VpnBot.Bot.Input;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Bot.Commands;

/// <summary>Refuses a bad argument with a polite card that names it and says what was expected.</summary>
internal static class BadInput
{
    public static Task RefuseAsync(CommandContext context, string argument, string? value, LocalizedText expected, CancellationToken cancellationToken) =>
        context.Replies.SendAsync(ErrorCards.BadArgument(argument, UserText.Shown(value), expected, context.Language), cancellationToken);
}
