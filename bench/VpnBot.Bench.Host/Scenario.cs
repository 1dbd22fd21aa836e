using System.Globalization;

namespace VpnBot.Bench.Host;

internal enum ScenarioKind
{
    /// <summary>Time to first reply at a steady, moderate rate.</summary>
    Steady,

    /// <summary>Many new users at once: acknowledgement, latency and memory.</summary>
    Burst,
}

/// <summary>One row of the report, run against each bot in a fresh process.</summary>
/// <param name="Texts">What the users write, taken in turn.</param>
/// <param name="Users">How many distinct users (and personal chats) send the messages, taken in turn.</param>
/// <param name="FirstUser">The first user number, so no two rows share a conversation.</param>
/// <param name="Interval">Time between sends on the schedule; null for back-to-back senders.</param>
/// <param name="Expected">A string only the card VpnBot should answer with contains (a verb, a command's syntax).</param>
internal sealed record Scenario(
    ScenarioKind Kind,
    string Label,
    IReadOnlyList<MessageText> Texts,
    int Messages,
    int Users,
    int FirstUser,
    TimeSpan? Interval,
    int Senders,
    string Expected)
{
    public IReadOnlyList<PreparedMessage> Prepare(Uri serviceUrl) =>
        [.. Enumerable.Range(0, Messages).Select(i => TeamsMessages.Personal(serviceUrl, FirstUser + (i % Users), Texts[i % Texts.Count]))];

    public string Schedule => Interval is { } interval
        ? string.Create(CultureInfo.InvariantCulture, $"{1 / interval.TotalSeconds:0.#}/s on a fixed schedule")
        : string.Create(CultureInfo.InvariantCulture, $"{Senders} senders back to back");

    public Task<IReadOnlyList<Outcome>> RunAsync(HttpClient client, Uri bot, IReadOnlyList<PreparedMessage> messages, CancellationToken cancellationToken) =>
        Interval is { } interval
            ? Load.OnScheduleAsync(client, bot, messages, interval, cancellationToken)
            : Load.BackToBackAsync(client, bot, messages, Senders, cancellationToken);
}

internal static class Scenarios
{
    public static readonly MessageText TroubleEnglish = new("VPN won't connect", "en-US");
    public static readonly MessageText TroubleJapanese = new("VPNにつながらない", "ja-JP");
    public static readonly MessageText Help = new("/vpn help", "en-US");

    /// <summary>The triage card's send button (<c>Verbs.Triage</c>).</summary>
    public const string TriageCard = "triage.submit";

    /// <summary>A command only the full help card lists (the short help for text the bot did not understand shows three).</summary>
    public const string HelpCard = "/vpn lang";

    public static IReadOnlyList<string> Markers => [TriageCard, HelpCard];

    /// <summary>The window the goal is stated for: a burst of employee messages within one minute.</summary>
    public const double GoalBurstSeconds = 60;

    public static IReadOnlyList<Scenario> Create(HostBenchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var steady = TimeSpan.FromSeconds(1 / options.Rate);
        var even = TimeSpan.FromSeconds(options.BurstSeconds / options.Burst);
        var goal = TimeSpan.FromSeconds(GoalBurstSeconds / options.Burst);
        return
        [
            new(ScenarioKind.Steady, "\"VPN won't connect\" (triage card)", [TroubleEnglish], options.Messages, 100, 0, steady, 1, TriageCard),
            new(ScenarioKind.Steady, "`/vpn help` (help card)", [Help], options.Messages, 100, 100, steady, 1, HelpCard),
            new(ScenarioKind.Burst, string.Create(CultureInfo.InvariantCulture, $"{options.Burst:N0} users, evenly over {GoalBurstSeconds:0.#} s"), [TroubleEnglish, TroubleJapanese], options.Burst, options.Burst, 30_000, goal, 0, TriageCard),
            new(ScenarioKind.Burst, string.Create(CultureInfo.InvariantCulture, $"{options.Burst:N0} users, evenly over {options.BurstSeconds:0.#} s"), [TroubleEnglish, TroubleJapanese], options.Burst, options.Burst, 10_000, even, 0, TriageCard),
            new(ScenarioKind.Burst, string.Create(CultureInfo.InvariantCulture, $"{options.Burst:N0} users, as fast as {options.Senders} senders allow"), [TroubleEnglish, TroubleJapanese], options.Burst, options.Burst, 20_000, null, options.Senders, TriageCard),
        ];
    }
}
