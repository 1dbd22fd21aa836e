using Microsoft.Extensions.Options;

namespace VpnBot.Host.LocalChat;

/// <summary>
/// Refuses to start with the page explicitly on while a Bot Framework app id is configured: the bot would then
/// demand signed tokens on <c>/api/messages</c>, which the local connector cannot mint, and every message from
/// the page would fail.
/// </summary>
internal sealed class LocalChatOptionsValidator(string? appId) : IValidateOptions<LocalChatOptions>
{
    public ValidateOptionsResult Validate(string? name, LocalChatOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Enabled == true && !string.IsNullOrWhiteSpace(appId))
        {
            return ValidateOptionsResult.Fail(
                $"{LocalChatOptions.SectionName}:{nameof(LocalChatOptions.Enabled)} is true while {LocalChatExtensions.AppIdKey} is set. "
                + "The local chat page cannot sign its activities with Bot Framework tokens, so the bot would refuse them. "
                + $"Remove {LocalChatExtensions.AppIdKey} to try the bot locally, or set {LocalChatOptions.SectionName}:{nameof(LocalChatOptions.Enabled)} to false.");
        }

        if (options.MaxActivitiesPerConversation < 1 || options.MaxConversations < 1)
        {
            return ValidateOptionsResult.Fail(
                $"{LocalChatOptions.SectionName}:{nameof(LocalChatOptions.MaxActivitiesPerConversation)} and {nameof(LocalChatOptions.MaxConversations)} must be at least 1.");
        }

        return ValidateOptionsResult.Success;
    }
}
