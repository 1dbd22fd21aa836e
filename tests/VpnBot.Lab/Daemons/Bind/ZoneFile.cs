using System.Globalization;
using System.Text;

namespace VpnBot.Lab.Daemons.Bind;

/// <summary>One resource record of a zone file; the owner is relative to the origin unless it ends with a dot.</summary>
internal sealed record ZoneRecord(string Owner, string Type, string Data, int? Ttl = null);

/// <summary>SOA timers (RFC 1035 §3.3.13), in seconds.</summary>
internal sealed record SoaTimers(int Refresh, int Retry, int Expire, int Minimum)
{
    public static SoaTimers Default { get; } = new(3600, 600, 1209600, 300);

    /// <summary>As long as BIND allows (max-refresh-time): a secondary never catches up on its own while the lab runs.</summary>
    public static SoaTimers NeverRefresh { get; } = new(2419200, 1209600, 4838400, 300);
}

/// <summary>A master-format zone file (RFC 1035 §5) for BIND.</summary>
internal sealed record ZoneFile(string Origin, string PrimaryServer, uint Serial, SoaTimers Timers, IReadOnlyList<ZoneRecord> Records)
{
    public const int DefaultTtl = 300;

    public string Render()
    {
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"$ORIGIN {Origin}.")
            .AppendLine(CultureInfo.InvariantCulture, $"$TTL {DefaultTtl}")
            .AppendLine(CultureInfo.InvariantCulture, $"@ IN SOA {PrimaryServer}. hostmaster.{Origin}. {Serial} {Timers.Refresh} {Timers.Retry} {Timers.Expire} {Timers.Minimum}");
        foreach (var record in Records)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{record.Owner} {(record.Ttl is { } ttl ? $"{ttl} " : string.Empty)}IN {record.Type} {record.Data}");
        }

        return text.ToString();
    }
}
