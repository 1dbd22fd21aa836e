using VpnBot.Bot.Cards.Views;
using VpnBot.Bot.Localization;
using VpnBot.Diagnostics.Configuration;
using VpnBot.Diagnostics.KnowledgeBase;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Bot.Commands.Handlers;

/// <summary><c>/vpn explain &lt;code&gt;</c>: the knowledge-base card for one error code.</summary>
public sealed class ExplainCommand(IErrorCodeCatalog codes, EndpointCatalog endpoints) : ICommandHandler
{
    public string Name => "explain";

    public bool ItOnly => false;

    public Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var code = context.Arguments;
        if (code.Length == 0 || code.Contains(' ', StringComparison.Ordinal))
        {
            return BadInput.RefuseAsync(context, "code", code, LocalizedText.Format(BotText.ResourceManager, nameof(BotText.CodeExpected)), cancellationToken);
        }

        var lookup = codes.Find(code);
        var card = lookup.Entry is { } entry
            ? ExplainCards.Explain(entry, code, context.Audience, endpoints.Names, context.Language)
            : ExplainCards.NotFound(Input.UserText.Shown(code), lookup.Failure, codes, context.Language);
        return context.Replies.SendAsync(card, cancellationToken);
    }
}
