namespace VpnBot.Diagnostics.Findings;

/// <summary>
/// Overall state of a report, following the monitoring-plugin convention so the CLI drops into
/// Nagios, Icinga or Zabbix unchanged: the numeric value is the process exit status.
/// </summary>
public enum ReportStatus
{
    Ok = 0,
    Warning = 1,
    Critical = 2,
    Unknown = 3,
}

public static class ReportStatusExtensions
{
    /// <summary>
    /// Rolls findings up: any failure is critical; otherwise a check that could not complete leaves the
    /// state unknown; otherwise any warning is a warning. Skips never change the state.
    /// </summary>
    public static ReportStatus Summarize(this IEnumerable<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        bool error = false, warn = false;
        foreach (var finding in findings)
        {
            switch (finding.Status)
            {
                case CheckStatus.Fail:
                    return ReportStatus.Critical;
                case CheckStatus.Error:
                    error = true;
                    break;
                case CheckStatus.Warn:
                    warn = true;
                    break;
            }
        }

        return error ? ReportStatus.Unknown : warn ? ReportStatus.Warning : ReportStatus.Ok;
    }
}
