using VpnBot.Bot.Cards.Model;
using VpnBot.Bot.Cards.Text;
using VpnBot.Bot.Cards.Views.Parts;
using VpnBot.Diagnostics.KnowledgeBase;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Bot.Cards.Views;

/// <summary>The VPN type of the connection on the employee's PC, as Windows' VPN settings name it.</summary>
public enum ConnectionType
{
    Unknown,
    Automatic,
    Ikev2,
    L2tp,
    Sstp,
    Pptp,
}

/// <summary>Where the employee is connecting from.</summary>
public enum NetworkKind
{
    Unknown,
    Home,
    Office,
    Mobile,
    PublicWifi,
}

/// <summary>The server side in words an employee understands (no addresses, no check ids).</summary>
public enum ServerState
{
    /// <summary>No check has run recently.</summary>
    Unknown,

    Healthy,

    /// <summary>Works, with a warning IT is looking at.</summary>
    Degraded,

    /// <summary>A failure on the server side: the employee cannot fix it; IT has been shown the cause.</summary>
    Down,
}

/// <summary>What the employee told the triage card.</summary>
/// <param name="Code">The error code in canonical form, when given and known.</param>
public sealed record TriageAnswers(string? Code, ConnectionType Connection, NetworkKind Network);

/// <summary>Employee reports in personal chat: the questions, then guidance for their case.</summary>
public static class TriageCards
{
    /// <summary>Longest code the input accepts: <c>-2147024028</c> and <c>0x800B0109</c> fit with room to spare.</summary>
    private const int MaxCodeLength = 24;

    // "I don't know" goes last, where people look for it.
    private static readonly ConnectionType[] ConnectionChoices =
        [ConnectionType.Automatic, ConnectionType.Ikev2, ConnectionType.L2tp, ConnectionType.Sstp, ConnectionType.Pptp, ConnectionType.Unknown];

    private static readonly NetworkKind[] NetworkChoices =
        [NetworkKind.Home, NetworkKind.Office, NetworkKind.Mobile, NetworkKind.PublicWifi, NetworkKind.Unknown];

    /// <summary>
    /// Asks which error (a code, prefilled when the message had one), which connection type and which network,
    /// with a send button (<see cref="Verbs.Triage"/>, inputs <see cref="Verbs.CodeKey"/>,
    /// <see cref="Verbs.ConnectionKey"/>, <see cref="Verbs.NetworkKey"/>; choice values are the enum names).
    /// </summary>
    public static AdaptiveCard Ask(string? code, Language language)
    {
        var triage = new Words(TriageText.ResourceManager, language);
        var body = new List<CardElement>
        {
            Ui.Title(triage[nameof(TriageText.AskTitle)]),
            Ui.Text(triage[nameof(TriageText.AskIntro)]) with { Spacing = Spacing.Small },
            new TextInput
            {
                Id = Verbs.CodeKey,
                Label = triage[nameof(TriageText.CodeLabel)],
                Placeholder = triage[nameof(TriageText.CodePlaceholder)],
                Value = string.IsNullOrWhiteSpace(code) ? null : Limits.Clip(code.Trim(), MaxCodeLength),
                MaxLength = MaxCodeLength,
                Spacing = Spacing.Medium,
            },
            new ChoiceSetInput([.. ConnectionChoices.Select(c => new Choice(ConnectionName(c, triage), c.ToString()))])
            {
                Id = Verbs.ConnectionKey,
                Label = triage[nameof(TriageText.ConnectionLabel)],
                Value = nameof(ConnectionType.Unknown),
                Spacing = Spacing.Medium,
            },
            Ui.Note(triage[nameof(TriageText.ConnectionHint)]),
            new ChoiceSetInput([.. NetworkChoices.Select(n => new Choice(NetworkName(n, triage), n.ToString()))])
            {
                Id = Verbs.NetworkKey,
                Label = triage[nameof(TriageText.NetworkLabel)],
                Value = nameof(NetworkKind.Unknown),
                Style = ChoiceInputStyle.Expanded,
                Spacing = Spacing.Medium,
            },
        };
        var send = new ExecuteAction(triage[nameof(TriageText.Submit)], Verbs.Triage) { AssociatedInputs = "auto", Style = ActionStyle.Positive };
        return CardShell.Create(language, body, triage[nameof(TriageText.AskTitle)] + " " + triage[nameof(TriageText.AskIntro)], [send]);
    }

    /// <summary>
    /// Steps the employee can take for their case (flush the DNS cache, check the connection's VPN type, try
    /// another network, …), what the error means when known, and the server's state in plain words.
    /// </summary>
    /// <param name="checkedAt">When the server state was established; null when <paramref name="state"/> is Unknown.</param>
    public static AdaptiveCard Guidance(TriageAnswers answers, ErrorCodeEntry? code, ServerState state, DateTimeOffset? checkedAt, Language language)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var triage = new Words(TriageText.ResourceManager, language);
        var title = triage[nameof(TriageText.GuidanceTitle)];
        var body = new List<CardElement>
        {
            Ui.Title(title),
            Ui.Note(triage[nameof(TriageText.CaseLine), CaseLine(answers, code, triage)]),
            ServerStateBanner.Build(state, checkedAt, triage),
        };

        if (code is not null)
        {
            body.Add(Ui.Heading(triage[nameof(TriageText.MeaningHeading), code.Code]));
            body.Add(Ui.Plain(code.Meaning[language]) with { Spacing = Spacing.Small });
        }

        var steps = EmployeeSteps.For(CodeFamilies.Of(code?.Code ?? answers.Code), answers.Connection, answers.Network, triage);
        body.Add(Ui.Heading(triage[state == ServerState.Down ? nameof(TriageText.StepsHeadingWhenDown) : nameof(TriageText.StepsHeading)]));
        body.Add(Ui.Steps(steps));
        var fallback = title + ": " + ServerStateBanner.Title(state, triage) + " " + steps[0];
        return CardShell.Create(language, body, fallback);
    }

    internal static string ConnectionName(ConnectionType connection, Words triage) => triage[connection switch
    {
        ConnectionType.Automatic => nameof(TriageText.ConnectionAutomatic),
        ConnectionType.Ikev2 => nameof(TriageText.ConnectionIkev2),
        ConnectionType.L2tp => nameof(TriageText.ConnectionL2tp),
        ConnectionType.Sstp => nameof(TriageText.ConnectionSstp),
        ConnectionType.Pptp => nameof(TriageText.ConnectionPptp),
        _ => nameof(TriageText.ConnectionUnknown),
    }];

    internal static string NetworkName(NetworkKind network, Words triage) => triage[network switch
    {
        NetworkKind.Home => nameof(TriageText.NetworkHome),
        NetworkKind.Office => nameof(TriageText.NetworkOffice),
        NetworkKind.Mobile => nameof(TriageText.NetworkMobile),
        NetworkKind.PublicWifi => nameof(TriageText.NetworkPublicWifi),
        _ => nameof(TriageText.NetworkUnknown),
    }];

    /// <summary><c>error 868 · IKEv2 · Home</c>: the answers as the employee gave them, so they can see they were understood.</summary>
    private static string CaseLine(TriageAnswers answers, ErrorCodeEntry? code, Words triage)
    {
        var parts = new[]
        {
            code is null ? triage[nameof(TriageText.CaseNoCode)] : triage[nameof(TriageText.CaseCode), code.Code],
            answers.Connection == ConnectionType.Unknown ? triage[nameof(TriageText.CaseConnectionUnknown)] : ConnectionName(answers.Connection, triage),
            answers.Network == NetworkKind.Unknown ? triage[nameof(TriageText.CaseNetworkUnknown)] : NetworkName(answers.Network, triage),
        };
        return string.Join(triage[nameof(TriageText.CaseSeparator)], parts);
    }
}
