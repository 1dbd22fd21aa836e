using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Bot.Storage.Sqlite;

internal sealed partial class SqliteBotStore
{
    private const string CheckColumns = """
        id, endpoint, fqdn, started_at_ms, duration_ms, status,
        pass_count, warn_count, fail_count, skip_count, error_count,
        top_cause_id, top_cause_title_en, top_cause_title_ja, requested_by, report_json
        """;

    /// <summary>Newest first; the id breaks ties between runs started in the same millisecond.</summary>
    private const string NewestFirst = "started_at_ms DESC, id DESC";

    public Task<long> AddCheckAsync(CheckRecord check, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentException.ThrowIfNullOrEmpty(check.Endpoint);
        ArgumentNullException.ThrowIfNull(check.Fqdn);
        ArgumentNullException.ThrowIfNull(check.Counts);
        ArgumentNullException.ThrowIfNull(check.ReportJson);
        var status = StoredValues.ToText(check.Status);

        return WriteAsync(
            async (connection, token) =>
            {
                using var transaction = connection.BeginTransaction(deferred: false);
                long id;
                using (var insert = Command(connection, $"""
                    INSERT INTO checks (
                        endpoint, fqdn, started_at_ms, duration_ms, status,
                        pass_count, warn_count, fail_count, skip_count, error_count,
                        top_cause_id, top_cause_title_en, top_cause_title_ja, requested_by, report_json)
                    VALUES (
                        $endpoint, $fqdn, $started, $duration, $status,
                        $pass, $warn, $fail, $skip, $error,
                        $causeId, $causeEn, $causeJa, $requestedBy, $report)
                    RETURNING id;
                    """, transaction))
                {
                    var p = insert.Parameters;
                    p.AddWithValue("$endpoint", check.Endpoint);
                    p.AddWithValue("$fqdn", check.Fqdn);
                    p.AddWithValue("$started", StoredValues.ToUnixMs(check.StartedAt));
                    p.AddWithValue("$duration", check.DurationMs);
                    p.AddWithValue("$status", status);
                    p.AddWithValue("$pass", check.Counts.Pass);
                    p.AddWithValue("$warn", check.Counts.Warn);
                    p.AddWithValue("$fail", check.Counts.Fail);
                    p.AddWithValue("$skip", check.Counts.Skip);
                    p.AddWithValue("$error", check.Counts.Error);
                    p.AddWithValue("$causeId", (object?)check.TopCauseId ?? DBNull.Value);
                    p.AddWithValue("$causeEn", (object?)check.TopCauseTitle?.En ?? DBNull.Value);
                    p.AddWithValue("$causeJa", (object?)check.TopCauseTitle?.Ja ?? DBNull.Value);
                    p.AddWithValue("$requestedBy", (object?)check.RequestedBy ?? DBNull.Value);
                    p.AddWithValue("$report", check.ReportJson);
                    id = Convert.ToInt64(await insert.ExecuteScalarAsync(token).ConfigureAwait(false), CultureInfo.InvariantCulture);
                }

                using (var prune = Command(connection, $"""
                    DELETE FROM checks WHERE endpoint = $endpoint AND id NOT IN (
                        SELECT id FROM checks WHERE endpoint = $endpoint ORDER BY {NewestFirst} LIMIT $keep);
                    """, transaction))
                {
                    prune.Parameters.AddWithValue("$endpoint", check.Endpoint);
                    prune.Parameters.AddWithValue("$keep", _checksKeptPerEndpoint);
                    await prune.ExecuteNonQueryAsync(token).ConfigureAwait(false);
                }

                await transaction.CommitAsync(token).ConfigureAwait(false);
                return id;
            },
            cancellationToken);
    }

    public Task<IReadOnlyList<CheckRecord>> LatestChecksAsync(CancellationToken cancellationToken) =>
        ReadAsync(
            async (connection, token) =>
            {
                using var command = Command(connection, $"""
                    SELECT {CheckColumns} FROM checks WHERE id IN (
                        SELECT (SELECT newest.id FROM checks AS newest WHERE newest.endpoint = endpoints.endpoint ORDER BY {NewestFirst} LIMIT 1)
                        FROM (SELECT DISTINCT endpoint FROM checks) AS endpoints);
                    """);
                var checks = await ReadChecksAsync(command, token).ConfigureAwait(false);

                // Sorted here rather than in SQL: database collations differ, and the order must not.
                return (IReadOnlyList<CheckRecord>)[.. checks.OrderBy(c => c.Endpoint, StringComparer.Ordinal)];
            },
            cancellationToken);

    public Task<IReadOnlyList<CheckRecord>> RecentChecksAsync(string endpoint, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        return ReadAsync(
            async (connection, token) =>
            {
                using var command = Command(connection, $"SELECT {CheckColumns} FROM checks WHERE endpoint = $endpoint ORDER BY {NewestFirst} LIMIT $limit;");
                command.Parameters.AddWithValue("$endpoint", endpoint);
                command.Parameters.AddWithValue("$limit", limit);
                return (IReadOnlyList<CheckRecord>)await ReadChecksAsync(command, token).ConfigureAwait(false);
            },
            cancellationToken);
    }

    private async Task<List<CheckRecord>> ReadChecksAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var checks = new List<CheckRecord>();
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (ReadCheck(reader) is { } check)
            {
                checks.Add(check);
            }
        }

        return checks;
    }

    private CheckRecord? ReadCheck(SqliteDataReader reader)
    {
        var id = reader.GetInt64(0);
        try
        {
            var statusText = reader.GetString(5);
            var status = StoredValues.ToReportStatus(statusText);
            if (status is null)
            {
                // The run still happened and its counts and report are useful; only its verdict is unreadable.
                LogUnreadableCheckStatus(id, statusText);
            }

            return new CheckRecord
            {
                Id = id,
                Endpoint = reader.GetString(1),
                Fqdn = reader.GetString(2),
                StartedAt = StoredValues.FromUnixMs(reader.GetInt64(3)),
                DurationMs = reader.GetInt64(4),
                Status = status ?? ReportStatus.Unknown,
                Counts = new FindingCounts(reader.GetInt32(6), reader.GetInt32(7), reader.GetInt32(8), reader.GetInt32(9), reader.GetInt32(10)),
                TopCauseId = reader.IsDBNull(11) ? null : reader.GetString(11),
                TopCauseTitle = ReadTitle(reader, 12, 13),
                RequestedBy = reader.IsDBNull(14) ? null : reader.GetString(14),
                ReportJson = reader.GetString(15),
            };
        }
        catch (Exception damaged) when (damaged is InvalidCastException or FormatException or OverflowException or ArgumentOutOfRangeException)
        {
            LogUnreadableCheck(id, damaged);
            return null;
        }
    }

    /// <summary>Both languages, or the one present for both when a row lost the other.</summary>
    private static LocalizedText? ReadTitle(SqliteDataReader reader, int en, int ja)
    {
        var english = reader.IsDBNull(en) ? null : reader.GetString(en);
        var japanese = reader.IsDBNull(ja) ? null : reader.GetString(ja);
        return english is null && japanese is null ? null : new LocalizedText(english ?? japanese!, japanese ?? english!);
    }

    [LoggerMessage(EventId = 30, Level = LogLevel.Warning, Message = "Check run {Id} has an unknown status '{Status}' in the database; shown as unknown")]
    private partial void LogUnreadableCheckStatus(long id, string status);

    [LoggerMessage(EventId = 31, Level = LogLevel.Warning, Message = "Check run {Id} could not be read from the database and was skipped")]
    private partial void LogUnreadableCheck(long id, Exception exception);
}
