namespace VpnBot.Bot.Storage.Sqlite;

/// <summary>
/// The schema as an ordered list of steps. A database records each step it has applied in
/// <c>schema_version</c>; a step, once released, never changes: a new shape is a new step at the end.
/// Times are unix milliseconds (UTC) in INTEGER columns, so they sort and compare as numbers.
/// </summary>
internal static class SqliteMigrations
{
    public static IReadOnlyList<SqliteMigration> All { get; } =
    [
        new(1, "conversations, preferences and check history", """
            CREATE TABLE conversations (
                key TEXT NOT NULL PRIMARY KEY,
                kind TEXT NOT NULL,
                tenant_id TEXT NULL,
                user_aad_object_id TEXT NULL,
                reference TEXT NOT NULL,
                updated_at_ms INTEGER NOT NULL
            );

            CREATE TABLE user_preferences (
                user_id TEXT NOT NULL PRIMARY KEY,
                language TEXT NULL
            );

            CREATE TABLE checks (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                endpoint TEXT NOT NULL,
                fqdn TEXT NOT NULL,
                started_at_ms INTEGER NOT NULL,
                duration_ms INTEGER NOT NULL,
                status TEXT NOT NULL,
                pass_count INTEGER NOT NULL,
                warn_count INTEGER NOT NULL,
                fail_count INTEGER NOT NULL,
                skip_count INTEGER NOT NULL,
                error_count INTEGER NOT NULL,
                top_cause_id TEXT NULL,
                top_cause_title_en TEXT NULL,
                top_cause_title_ja TEXT NULL,
                requested_by TEXT NULL,
                report_json TEXT NOT NULL
            );

            -- Latest per endpoint, recent per endpoint and pruning all walk this index newest first.
            CREATE INDEX checks_by_endpoint ON checks (endpoint, started_at_ms DESC, id DESC);
            """),
        new(2, "agents", """
            CREATE TABLE agents (
                name TEXT NOT NULL PRIMARY KEY,
                site TEXT NOT NULL,
                created_at_ms INTEGER NOT NULL,
                created_by TEXT NOT NULL,
                token_hash TEXT NOT NULL UNIQUE,
                token_expires_at_ms INTEGER NOT NULL,
                enrolled_at_ms INTEGER NULL,
                public_key TEXT NULL,
                revoked_at_ms INTEGER NULL,
                revoked_by TEXT NULL,
                last_seen_at_ms INTEGER NULL,
                facts_json TEXT NULL
            );
            """),
        new(3, "remediations and the audit log", """
            CREATE TABLE remediations (
                id TEXT NOT NULL PRIMARY KEY,
                action TEXT NOT NULL,
                agent TEXT NOT NULL,
                requested_by TEXT NOT NULL,
                requested_at_ms INTEGER NOT NULL,
                state TEXT NOT NULL,
                conversation_key TEXT NOT NULL,
                decided_by TEXT NULL,
                decided_at_ms INTEGER NULL,
                outcome TEXT NULL
            );

            CREATE TABLE audit_log (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                at_ms INTEGER NOT NULL,
                actor TEXT NOT NULL,
                event TEXT NOT NULL,
                target TEXT NOT NULL,
                detail TEXT NOT NULL,
                outcome TEXT NULL
            );
            """),
    ];

    /// <summary>The version a fully migrated database has.</summary>
    public static int Latest => All[^1].Version;
}

internal sealed record SqliteMigration(int Version, string Description, string Sql);
