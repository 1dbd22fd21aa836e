using VpnBot.Bot.Agents;
using VpnBot.Bot.Storage;

namespace VpnBot.Bot.Tests.Cards.Gallery;

/// <summary>Agents in every state the list shows: connected inside and outside, offline, waiting, expired, revoked.</summary>
internal static class SampleAgents
{
    public const string Token = "vpnbot-enrol-Jq3vX0k2b7Zr9LwYd4TfHs1Nc8Pe6Ua5Mg0Ri2Ko7Vx";

    private static readonly AgentFacts WindowsInside = new("inside", "0.1.0", "Microsoft Windows 10.0.20348 X64", [.. Enumerable.Range(0, 26).Select(i => $"c.{i}")], true, true, ["tokyo"]);
    private static readonly AgentFacts LinuxOutside = new("outside", "0.1.0", "Debian GNU/Linux 12 (bookworm) X64", [.. Enumerable.Range(0, 20).Select(i => $"c.{i}")], false, false, ["tokyo", "osaka"]);

    public static AgentRecord Waiting(DateTimeOffset now) => Record("tokyo-3", "tokyo", now.AddMinutes(-5)) with { TokenExpiresAt = now.AddMinutes(55) };

    public static IReadOnlyList<AgentRow> Rows(DateTimeOffset now) =>
    [
        new(Record("osaka-1", "osaka", now.AddDays(-20)) with { EnrolledAt = now.AddDays(-20), PublicKey = "k", LastSeenAt = now.AddHours(-3), Facts = WindowsInside with { Endpoints = ["osaka"] } }, null),
        new(Record("tokyo-1", "tokyo", now.AddDays(-30)) with { EnrolledAt = now.AddDays(-30), PublicKey = "k", Facts = WindowsInside }, new RemoteAgent("tokyo-1", "tokyo", WindowsInside, now.AddHours(-26))),
        new(Record("tokyo-cloud", "tokyo", now.AddDays(-9)) with { EnrolledAt = now.AddDays(-9), PublicKey = "k", Facts = LinuxOutside }, new RemoteAgent("tokyo-cloud", "tokyo", LinuxOutside, now.AddMinutes(-40))),
        new(Waiting(now), null),
        new(Record("tokyo-2", "tokyo", now.AddDays(-2)) with { TokenExpiresAt = now.AddDays(-2).AddHours(1) }, null),
        new(Record("nagoya-1", "nagoya", now.AddDays(-60)) with { EnrolledAt = now.AddDays(-60), PublicKey = "k", RevokedAt = now.AddDays(-1), RevokedBy = "aad-it" }, null),
    ];

    private static AgentRecord Record(string name, string site, DateTimeOffset created) => new()
    {
        Name = name,
        Site = site,
        CreatedAt = created,
        CreatedBy = "aad-it",
        TokenHash = "H-" + name,
        TokenExpiresAt = created.AddHours(1),
    };
}
