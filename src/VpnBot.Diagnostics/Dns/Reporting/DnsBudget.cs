using VpnBot.Diagnostics.Checks;

namespace VpnBot.Diagnostics.Dns.Reporting;

/// <summary>How long a unit may spend asking, so it still returns its own finding inside its budget.</summary>
internal static class DnsBudget
{
    /// <summary>
    /// Kept back to build and hand over the finding, with room for a late timer on a busy machine: a fifth
    /// of what is left, at most this much.
    /// </summary>
    private static readonly TimeSpan MaxReserve = TimeSpan.FromMilliseconds(250);

    public static TimeSpan ForQueries(CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var left = context.Remaining;
        var reserve = left / 5 < MaxReserve ? left / 5 : MaxReserve;
        return left - reserve;
    }
}
