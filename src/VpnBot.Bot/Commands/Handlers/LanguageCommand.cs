using VpnBot.Bot.Cards.Views;
using VpnBot.Bot.Localization;
using VpnBot.Bot.Storage;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Bot.Commands.Handlers;

/// <summary><c>/vpn lang ja|en</c>: the user's language from now on, whatever their client's locale.</summary>
public sealed class LanguageCommand(IPreferenceStore preferences) : ICommandHandler
{
    public string Name => "lang";

    public bool ItOnly => false;

    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Arguments.Length > 8 || !Languages.TryParse(context.Arguments, out var language))
        {
            await BadInput.RefuseAsync(context, "language", context.Arguments, LocalizedText.Format(BotText.ResourceManager, nameof(BotText.LanguageExpected)), cancellationToken).ConfigureAwait(false);
            return;
        }

        await preferences.SetLanguageAsync(context.Turn.From.Id, language, cancellationToken).ConfigureAwait(false);
        await context.Replies.SendAsync(HelpCards.LanguageSet(language), cancellationToken).ConfigureAwait(false);
    }
}
