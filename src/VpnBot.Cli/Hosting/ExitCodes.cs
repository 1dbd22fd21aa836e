using VpnBot.Diagnostics.Findings;

namespace VpnBot.Cli.Hosting;

/// <summary>
/// Process exit status, the monitoring-plugin convention (Nagios, Icinga, Zabbix): a check's status
/// is its <see cref="ReportStatus"/>; anything that stops a check from running is unknown.
/// </summary>
internal static class ExitCodes
{
    public const int Ok = (int)ReportStatus.Ok;

    /// <summary>Bad input, an unreadable configuration, an internal error, a cancelled run.</summary>
    public const int Unknown = (int)ReportStatus.Unknown;

    public static int From(ReportStatus status) => (int)status;
}
