using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VpnBot.Bot.Cards;
using VpnBot.Bot.Cards.Views;
using VpnBot.Bot.Commands;
using VpnBot.Bot.Configuration;
using VpnBot.Bot.Intents;
using VpnBot.Bot.Localization;
using VpnBot.Bot.Roles;
using VpnBot.Diagnostics.KnowledgeBase;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Bot.Conversations;

/// <summary>
/// The one entry point of the bot for a person's message or button press: picks the language and the
/// audience, routes to the handler, and turns anything unexpected into the error card. Every message gets an
/// answer, never silence.
/// </summary>
public sealed partial class TurnProcessor
{
    private readonly Dictionary<string, ICommandHandler> _handlers;
    private readonly IReadOnlyCollection<string> _commandWords;
    private readonly LanguageResolver _languages;
    private readonly RoleResolver _roles;
    private readonly IErrorCodeCatalog _codes;
    private readonly IOptionsMonitor<BotOptions> _options;
    private readonly ILogger<TurnProcessor> _logger;

    public TurnProcessor(
        IEnumerable<ICommandHandler> handlers,
        LanguageResolver languages,
        RoleResolver roles,
        IErrorCodeCatalog codes,
        IOptionsMonitor<BotOptions> options,
        ILogger<TurnProcessor> logger)
    {
        _handlers = handlers.ToDictionary(h => h.Name, StringComparer.Ordinal);
        _commandWords = _handlers.Keys.Where(k => !k.Contains('.', StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        _languages = languages;
        _roles = roles;
        _codes = codes;
        _options = options;
        _logger = logger;
    }

    public async Task ProcessAsync(ChatTurn turn, IChatReplies replies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(replies);
        var language = LanguageResolver.FromLocale(turn.Locale);
        try
        {
            language = await _languages.ResolveAsync(turn, cancellationToken).ConfigureAwait(false);
            var audience = _roles.AudienceOf(turn);
            await RouteAsync(turn, replies, language, audience, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // The boundary of a turn: the user gets a short apology, the log gets the exception.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            var correlationId = CorrelationId.New();
            LogTurnFailed(_logger, exception, correlationId, turn.Action?.Verb ?? "message");
            await replies.SendAsync(ErrorCards.Unexpected(correlationId, language), cancellationToken).ConfigureAwait(false);
        }
    }

    private Task RouteAsync(ChatTurn turn, IChatReplies replies, Language language, Audience audience, CancellationToken cancellationToken)
    {
        if (turn.Action is { } action)
        {
            var verb = action.Verb == Verbs.Check ? "check" : action.Verb;
            return Run(verb, string.Empty);
        }

        var maxLength = _options.CurrentValue.MaxMessageLength;
        if (turn.Text.Length > maxLength)
        {
            var expected = LocalizedText.Format(BotText.ResourceManager, nameof(BotText.MessageExpected), maxLength);
            return replies.SendAsync(ErrorCards.BadArgument("message", Input.UserText.Shown(turn.Text), expected, language), cancellationToken);
        }

        var input = CommandParser.Parse(turn.Text, _commandWords);
        if (input.IsCommand)
        {
            return Run(input.Command!.Length == 0 ? "help" : input.Command, input.Arguments);
        }

        if (input.Arguments.Length == 0)
        {
            return Run("help", string.Empty);
        }

        var codes = ErrorCodeMentions.Find(input.Arguments, _codes);
        if (audience == Audience.Employee
            && turn.Conversation.Kind == ConversationKind.Personal
            && TroubleReport.Matches(input.Arguments, codes.Count > 0))
        {
            return replies.SendAsync(TriageCards.Ask(codes.Count > 0 ? codes[0].Code : null, language), cancellationToken);
        }

        if (codes.Count > 0)
        {
            return Run("explain", codes[0].Code);
        }

        return replies.SendAsync(HelpCards.Fallback(audience, language), cancellationToken);

        Task Run(string name, string arguments)
        {
            if (!_handlers.TryGetValue(name, out var handler))
            {
                return replies.SendAsync(HelpCards.Fallback(audience, language), cancellationToken);
            }

            if (handler.ItOnly && audience != Audience.It)
            {
                LogItOnlyRefused(_logger, name);
                return replies.SendAsync(ErrorCards.ItOnly(language), cancellationToken);
            }

            return handler.HandleAsync(new CommandContext(turn, arguments, language, audience, replies), cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A turn failed ({Handler}); correlation id {CorrelationId}")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string correlationId, string handler);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused the IT-only command {Command} to a user who is not IT")]
    private static partial void LogItOnlyRefused(ILogger logger, string command);
}
