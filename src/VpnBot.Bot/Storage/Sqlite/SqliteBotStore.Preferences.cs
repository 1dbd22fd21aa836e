using Microsoft.Extensions.Logging;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Bot.Storage.Sqlite;

internal sealed partial class SqliteBotStore
{
    public Task<Language?> FindLanguageAsync(string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userId);
        return ReadAsync(
            async (connection, token) =>
            {
                using var command = Command(connection, "SELECT language FROM user_preferences WHERE user_id = $user;");
                command.Parameters.AddWithValue("$user", userId);
                if (await command.ExecuteScalarAsync(token).ConfigureAwait(false) is not string text)
                {
                    return null;
                }

                var language = StoredValues.ToLanguage(text);
                if (language is null)
                {
                    LogUnreadableLanguage(text);
                }

                return language;
            },
            cancellationToken);
    }

    public Task SetLanguageAsync(string userId, Language? language, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var text = language is { } chosen ? StoredValues.ToText(chosen) : null;

        // Clearing keeps the row: other preferences may live beside the language in later schema versions.
        const string Upsert = """
            INSERT INTO user_preferences (user_id, language) VALUES ($user, $language)
            ON CONFLICT (user_id) DO UPDATE SET language = excluded.language;
            """;
        const string Clear = "UPDATE user_preferences SET language = NULL WHERE user_id = $user;";

        return WriteAsync(
            (connection, token) =>
            {
                var command = Command(connection, text is null ? Clear : Upsert);
                command.Parameters.AddWithValue("$user", userId);
                if (text is not null)
                {
                    command.Parameters.AddWithValue("$language", text);
                }

                return ExecuteAndDisposeAsync(command, token);
            },
            cancellationToken);
    }

    // The user id is left out on purpose: the value is what is wrong, and ids are personal data.
    [LoggerMessage(EventId = 20, Level = LogLevel.Warning, Message = "A user preference holds an unknown language '{Language}'; the client's locale is used instead")]
    private partial void LogUnreadableLanguage(string language);
}
