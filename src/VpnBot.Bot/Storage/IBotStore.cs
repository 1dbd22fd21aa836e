namespace VpnBot.Bot.Storage;

/// <summary>
/// Everything the bot keeps between turns. SQLite (a file in the data folder) is the default; a PostgreSQL
/// implementation for several host instances passes the same contract tests. Every method may be called from
/// many turns at once. Times come back in UTC, to the millisecond.
/// </summary>
public interface IBotStore : IConversationStore, IPreferenceStore, ICheckHistoryStore, IAgentStore, IRemediationStore
{
    /// <summary>Creates or upgrades the schema; safe to call on every start and from several instances.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);
}
