namespace VpnBot.Diagnostics.Dns.Zones;

/// <summary>
/// How the servers' views differ. The reference is the server holding the newest zone: the others
/// are measured against it, since a lagging copy is the usual reason answers differ.
/// </summary>
internal sealed record ZoneComparison(
    uint? Newest,
    string? NewestServer,
    ServerView? Reference,
    IReadOnlyList<(ServerView View, uint Distance)> Behind,
    IReadOnlyList<ServerView> Missing,
    IReadOnlyList<ServerView> Differing)
{
    public static ZoneComparison Of(IReadOnlyList<ServerView> views)
    {
        ArgumentNullException.ThrowIfNull(views);
        var serials = views.Where(v => v.Serial is not null).ToList();
        uint? newest = serials.Count > 0 ? SerialNumber.Newest(serials.Select(v => v.Serial!.Value)) : null;
        var newestServer = serials.FirstOrDefault(v => v.Serial == newest)?.Server;
        var behind = serials
            .Select(v => (View: v, Distance: SerialNumber.Distance(v.Serial!.Value, newest!.Value)))
            .Where(b => b.Distance is not null)
            .Select(b => (b.View, b.Distance!.Value))
            .ToList();

        var reference = views.FirstOrDefault(v => v.Serial == newest && newest is not null && v.HasRecord)
            ?? views.FirstOrDefault(v => v.Serial == newest && newest is not null && !v.Unanswered)
            ?? views.FirstOrDefault(v => v.HasRecord);
        var anyRecord = views.Any(v => v.HasRecord);
        var missing = anyRecord ? views.Where(v => v.LacksRecord).ToList() : [];
        var differing = reference is { HasRecord: true }
            ? views.Where(v => v.HasRecord && !v.Lookup.Addresses.ToHashSet().SetEquals(reference.Lookup.Addresses)).ToList()
            : [];
        return new ZoneComparison(newest, newestServer, reference, behind, missing, differing);
    }
}
