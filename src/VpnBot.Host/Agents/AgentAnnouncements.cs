using System.Text.RegularExpressions;
using VpnBot.Agents.Protocol.Messages;
using VpnBot.Bot.Storage;

namespace VpnBot.Host.Agents;

/// <summary>Reads an agent's announcement as untrusted input: bounded, known words only.</summary>
internal static partial class AgentAnnouncements
{
    private const int MaxItems = 200;

    public static AgentFacts? ToFacts(AgentAnnouncement? announcement)
    {
        if (announcement is null
            || announcement.Vantage is not ("inside" or "outside")
            || string.IsNullOrWhiteSpace(announcement.Version)
            || string.IsNullOrWhiteSpace(announcement.Platform))
        {
            return null;
        }

        return new AgentFacts(
            announcement.Vantage,
            Bound(announcement.Version, 40),
            Bound(announcement.Platform, 120),
            [.. (announcement.Checks ?? []).Where(c => c is not null && Word().IsMatch(c)).Take(MaxItems)],
            announcement.WindowsCollectors,
            announcement.RawSockets,
            [.. (announcement.Endpoints ?? []).Where(e => e is not null && Word().IsMatch(e)).Take(MaxItems)]);
    }

    private static string Bound(string text, int max)
    {
        var clean = new string([.. text.Where(c => !char.IsControl(c))]).Trim();
        return clean.Length <= max ? clean : clean[..max];
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")]
    private static partial Regex Word();
}
