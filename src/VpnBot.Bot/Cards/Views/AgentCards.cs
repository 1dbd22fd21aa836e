using VpnBot.Bot.Agents;
using VpnBot.Bot.Cards.Model;
using VpnBot.Bot.Cards.Text;
using VpnBot.Bot.Cards.Views.Parts;
using VpnBot.Bot.Storage;
using VpnBot.Diagnostics.Localization;
using VpnBot.Diagnostics.Vantages;

namespace VpnBot.Bot.Cards.Views;

/// <summary><c>/vpn agents</c> and its sub-commands: the agents with their health, a new agent's token, a revocation.</summary>
public static class AgentCards
{
    /// <summary>A list shows this many agents; the rest are counted (a card has a size limit).</summary>
    private const int MaxRows = 30;

    public static AdaptiveCard List(IReadOnlyList<AgentRow> agents, DateTimeOffset now, Language language)
    {
        ArgumentNullException.ThrowIfNull(agents);
        var words = new Words(AgentText.ResourceManager, language);
        var common = new Words(CommonText.ResourceManager, language);
        var title = words[nameof(AgentText.ListTitle)];
        var body = new List<CardElement> { Ui.Title(title) };
        if (agents.Count == 0)
        {
            body.Add(Ui.Text(words[nameof(AgentText.ListEmpty)]));
            return CardShell.Create(language, body, title + ": " + words[nameof(AgentText.ListEmpty)]);
        }

        var shown = agents.Take(MaxRows).ToList();
        body.AddRange(shown.Select(row => Row(row, now, words, common)));
        if (agents.Count > shown.Count)
        {
            body.Add(Ui.Note(common[nameof(CommonText.AndMore), agents.Count - shown.Count]));
        }

        var fallback = title + ": " + string.Join("; ", agents.Select(a => $"{a.Record.Name} {Health(a, now, words).Word}"));
        return CardShell.Create(language, body, fallback);
    }

    public static AdaptiveCard Added(AgentRecord agent, string token, Language language)
    {
        ArgumentNullException.ThrowIfNull(agent);
        var words = new Words(AgentText.ResourceManager, language);
        var title = words[nameof(AgentText.AddedTitle), agent.Name];
        var body = new List<CardElement>
        {
            Ui.Title(title),
            Ui.Text(words[nameof(AgentText.AddedIntro), agent.Site]),
            Ui.Label(words[nameof(AgentText.TokenLabel)]),
            Ui.Banner(ContainerStyle.Emphasis, [Ui.Plain(Ui.Code(token))]),
            Ui.Note(words[nameof(AgentText.TokenExpires), CardTime.Local(agent.TokenExpiresAt)]),
            Ui.Steps(
            [
                words[nameof(AgentText.AddedStepConfig)],
                words[nameof(AgentText.AddedStepEndpoints)],
                words[nameof(AgentText.AddedStepStart)],
            ]),
        };

        // The fallback (notifications, search) never carries the token.
        return CardShell.Create(language, body, title);
    }

    public static AdaptiveCard Revoked(string name, Language language)
    {
        var words = new Words(AgentText.ResourceManager, language);
        var title = words[nameof(AgentText.RevokedTitle), name];
        return CardShell.Create(language, [Ui.Title(title), Ui.Text(words[nameof(AgentText.RevokedText)])], title);
    }

    public static AdaptiveCard NotFound(string name, Language language) => Sentence(nameof(AgentText.NotFound), name, language);

    public static AdaptiveCard NameTaken(string name, Language language) => Sentence(nameof(AgentText.NameTaken), name, language);

    public static AdaptiveCard Usage(Language language)
    {
        var words = new Words(AgentText.ResourceManager, language);
        var title = words[nameof(AgentText.UsageTitle)];
        return CardShell.Create(
            language,
            [Ui.Title(title), Ui.StepLines([words[nameof(AgentText.UsageList)], words[nameof(AgentText.UsageAdd)], words[nameof(AgentText.UsageRevoke)]])],
            title);
    }

    private static AdaptiveCard Sentence(string key, string name, Language language)
    {
        var text = new Words(AgentText.ResourceManager, language)[key, name];
        return CardShell.Create(language, [Ui.Text(text)], text);
    }

    private static Container Row(AgentRow row, DateTimeOffset now, Words words, Words common)
    {
        var agent = row.Record;
        var health = Health(row, now, words);
        var facts = row.Live?.Facts ?? agent.Facts;
        var detail = new List<string> { agent.Site };
        if (facts is not null)
        {
            detail.Add(string.Equals(facts.Vantage, nameof(VantageKind.Outside), StringComparison.OrdinalIgnoreCase) ? words[nameof(AgentText.Outside)] : words[nameof(AgentText.Inside)]);
            detail.Add("v" + facts.Version);
            detail.Add(words[nameof(AgentText.ChecksCount), facts.Checks.Count]);
            if (facts.WindowsCollectors)
            {
                detail.Add(words[nameof(AgentText.WindowsCollectors)]);
            }

            if (facts.RawSockets)
            {
                detail.Add(words[nameof(AgentText.RawSockets)]);
            }
        }

        var text = new List<CardElement>
        {
            Ui.Plain(new TextRun(agent.Name) { Weight = TextWeight.Bolder }, new TextRun("   " + string.Join(" · ", detail)) { IsSubtle = true }),
            Ui.Note(health.Note) with { Spacing = Spacing.None },
        };
        if (facts is not null && row.Live is not null)
        {
            text.Add(Ui.Note(facts.Platform) with { Spacing = Spacing.None });
        }

        return new Container(
        [
            new ColumnSet(
            [
                new Column([new TextBlock(health.Word) { Weight = TextWeight.Bolder, Color = health.Colour }]) { Width = "110px" },
                new Column(text) { Width = "stretch" },
            ]),
        ])
        {
            Separator = true,
            Spacing = Spacing.Medium,
        };
    }

    private static (string Word, TextColor? Colour, string Note) Health(AgentRow row, DateTimeOffset now, Words words)
    {
        var agent = row.Record;
        var common = new Words(CommonText.ResourceManager, words.Language);
        if (agent.RevokedAt is { } revoked)
        {
            return (words[nameof(AgentText.RevokedWord)], null, words[nameof(AgentText.RevokedNote), CardTime.Ago(revoked, now, common)]);
        }

        if (row.Live is { } live)
        {
            return (words[nameof(AgentText.Connected)], TextColor.Good, words[nameof(AgentText.ConnectedSince), CardTime.Local(live.ConnectedSince)]);
        }

        if (!agent.IsEnrolled)
        {
            return agent.TokenExpiresAt <= now
                ? (words[nameof(AgentText.Expired)], TextColor.Attention, words[nameof(AgentText.ExpiredNote)])
                : (words[nameof(AgentText.Waiting)], TextColor.Warning, words[nameof(AgentText.WaitingUntil), CardTime.Local(agent.TokenExpiresAt)]);
        }

        return agent.LastSeenAt is { } seen
            ? (words[nameof(AgentText.Disconnected)], TextColor.Attention, words[nameof(AgentText.LastSeen), CardTime.Ago(seen, now, common)])
            : (words[nameof(AgentText.Disconnected)], TextColor.Attention, words[nameof(AgentText.NeverConnected)]);
    }
}
