using VpnBot.Bot.Cards.Model;
using VpnBot.Bot.Cards.Text;

namespace VpnBot.Bot.Cards.Views.Parts;

/// <summary>The server's state for an employee: a coloured band, a plain sentence, and when it was last checked.</summary>
internal static class ServerStateBanner
{
    public static Container Build(ServerState state, DateTimeOffset? checkedAt, Words triage)
    {
        var items = new List<CardElement>
        {
            new TextBlock(Title(state, triage)) { Weight = TextWeight.Bolder, Color = Colour(state) },
            Ui.Text(triage[state switch
            {
                ServerState.Healthy => nameof(TriageText.StateHealthyText),
                ServerState.Degraded => nameof(TriageText.StateDegradedText),
                ServerState.Down => nameof(TriageText.StateDownText),
                _ => nameof(TriageText.StateUnknownText),
            }]) with { Spacing = Spacing.Small },
        };
        if (checkedAt is { } at && state != ServerState.Unknown)
        {
            items.Add(Ui.Note(triage[nameof(TriageText.LastChecked), CardTime.Local(at)]));
        }

        return new Container(items)
        {
            Style = state switch
            {
                ServerState.Healthy => ContainerStyle.Good,
                ServerState.Degraded => ContainerStyle.Warning,
                ServerState.Down => ContainerStyle.Attention,
                _ => ContainerStyle.Emphasis,
            },
            Spacing = Spacing.Medium,
        };
    }

    public static string Title(ServerState state, Words triage) => triage[state switch
    {
        ServerState.Healthy => nameof(TriageText.StateHealthyTitle),
        ServerState.Degraded => nameof(TriageText.StateDegradedTitle),
        ServerState.Down => nameof(TriageText.StateDownTitle),
        _ => nameof(TriageText.StateUnknownTitle),
    }];

    private static TextColor Colour(ServerState state) => state switch
    {
        ServerState.Healthy => TextColor.Good,
        ServerState.Degraded => TextColor.Warning,
        ServerState.Down => TextColor.Attention,
        _ => TextColor.Default,
    };
}
