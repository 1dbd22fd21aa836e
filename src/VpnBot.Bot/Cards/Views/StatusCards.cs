using VpnBot.Bot.Cards.Model;
using VpnBot.Bot.Cards.Text;
using VpnBot.Bot.Cards.Views.Parts;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Bot.Cards.Views;

/// <summary>One endpoint's row on the status card: its last run, if any.</summary>
public sealed record EndpointStatus(
    string Endpoint,
    string Fqdn,
    ReportStatus? Status,
    DateTimeOffset? CheckedAt,
    long? DurationMs,
    LocalizedText? TopCause);

/// <summary><c>/vpn status</c>: the last known state of each configured endpoint (IT sees the FQDN and cause, employees the state only).</summary>
public static class StatusCards
{
    /// <summary>A status card lists every endpoint; beyond this many, the rest are counted (a card has a size limit).</summary>
    private const int MaxRows = 25;

    /// <param name="now">For "3 minutes ago".</param>
    /// <remarks>
    /// Employees see each endpoint by its configured name (the label IT chose, such as <c>tokyo</c>) with its
    /// state in plain words; never its FQDN, cause or timings beyond "checked 3 minutes ago".
    /// </remarks>
    public static AdaptiveCard Status(IReadOnlyList<EndpointStatus> endpoints, Audience audience, DateTimeOffset now, Language language)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var status = new Words(StatusText.ResourceManager, language);
        var common = new Words(CommonText.ResourceManager, language);
        var title = status[nameof(StatusText.Title)];
        var body = new List<CardElement> { Ui.Title(title) };
        if (endpoints.Count == 0)
        {
            body.Add(Ui.Text(status[nameof(StatusText.NoEndpoints)]));
            if (audience == Audience.It)
            {
                body.Add(Ui.Note(status[nameof(StatusText.NoEndpointsIt)]));
            }

            return CardShell.Create(language, body, title + ": " + status[nameof(StatusText.NoEndpoints)]);
        }

        var rows = endpoints.Take(MaxRows).ToList();
        body.AddRange(rows.Select(row => audience == Audience.It ? ItRow(row, now, status, common) : EmployeeRow(row, now, status, common)));
        if (endpoints.Count > rows.Count)
        {
            body.Add(Ui.Note(common[nameof(CommonText.AndMore), endpoints.Count - rows.Count]));
        }

        if (audience == Audience.Employee)
        {
            body.Add(new Container([Ui.Text(status[nameof(StatusText.EmployeeHint)])]) { Style = ContainerStyle.Emphasis, Spacing = Spacing.Large });
        }

        var fallback = title + ": " + string.Join("; ", endpoints.Select(e => e.Endpoint + " " + Word(e, audience, status, common)));
        return CardShell.Create(language, body, fallback);
    }

    private static Container ItRow(EndpointStatus endpoint, DateTimeOffset now, Words status, Words common)
    {
        var text = new List<CardElement>
        {
            Ui.Plain(new TextRun(endpoint.Endpoint) { Weight = TextWeight.Bolder }, new TextRun("   " + endpoint.Fqdn) { IsSubtle = true }),
            Ui.Note(When(endpoint, now, status, common)) with { Spacing = Spacing.None },
        };
        if (endpoint.TopCause is { } cause && endpoint.Status is not (null or ReportStatus.Ok))
        {
            text.Add(Ui.Plain(new TextRun(status[nameof(StatusText.TopCause)] + " ") { Weight = TextWeight.Bolder }, new TextRun(cause[common.Language])) with { Spacing = Spacing.Small });
        }

        var check = new ExecuteAction(status[nameof(StatusText.CheckNow)], Verbs.Check)
        {
            Data = new Dictionary<string, string>(StringComparer.Ordinal) { [Verbs.EndpointKey] = endpoint.Endpoint },
        };
        return new Container(
        [
            new ColumnSet(
            [
                new Column([Badge(endpoint, common)]) { Width = StatusLook.ColumnWidth },
                new Column(text) { Width = "stretch" },
                new Column([new ActionSet([check])]) { Width = "auto", VerticalContentAlignment = VerticalAlignment.Center },
            ]),
        ])
        {
            Separator = true,
            Spacing = Spacing.Medium,
        };
    }

    private static Container EmployeeRow(EndpointStatus endpoint, DateTimeOffset now, Words status, Words common)
    {
        var text = new List<CardElement>
        {
            Ui.Plain(new TextRun(endpoint.Endpoint) { Weight = TextWeight.Bolder }),
            new TextBlock(Word(endpoint, Audience.Employee, status, common)) { Color = Colour(endpoint.Status), Spacing = Spacing.None },
        };
        if (endpoint.CheckedAt is { } at)
        {
            text.Add(Ui.Note(status[nameof(StatusText.CheckedWhen), CardTime.Ago(at, now, common)]) with { Spacing = Spacing.None });
        }

        return new Container(text) { Separator = true, Spacing = Spacing.Medium };
    }

    /// <summary>The status word in the row's narrow first column; a dash when there is no run yet (the row says why).</summary>
    private static TextBlock Badge(EndpointStatus endpoint, Words common) =>
        endpoint.Status is { } state && endpoint.CheckedAt is not null
            ? new(StatusLook.Word(state, common)) { Weight = TextWeight.Bolder, Color = StatusLook.Colour(state), Wrap = null }
            : new("—") { Weight = TextWeight.Bolder, IsSubtle = true, Wrap = null };

    private static string Word(EndpointStatus endpoint, Audience audience, Words status, Words common)
    {
        if (endpoint.Status is not { } state || endpoint.CheckedAt is null)
        {
            return status[nameof(StatusText.NeverChecked)];
        }

        return audience == Audience.It
            ? StatusLook.Word(state, common)
            : status[state switch
            {
                ReportStatus.Ok => nameof(StatusText.EmployeeOk),
                ReportStatus.Warning => nameof(StatusText.EmployeeWarning),
                ReportStatus.Critical => nameof(StatusText.EmployeeCritical),
                _ => nameof(StatusText.EmployeeUnknown),
            }];
    }

    private static TextColor? Colour(ReportStatus? state) => state is { } s ? StatusLook.Colour(s) : null;

    private static string When(EndpointStatus endpoint, DateTimeOffset now, Words status, Words common)
    {
        if (endpoint.CheckedAt is not { } at)
        {
            return status[nameof(StatusText.NeverCheckedIt), endpoint.Endpoint];
        }

        var ago = CardTime.Ago(at, now, common);
        return endpoint.DurationMs is { } ms
            ? status[nameof(StatusText.CheckedWhenTook), ago, CardTime.Duration(ms, common)]
            : status[nameof(StatusText.CheckedWhen), ago];
    }
}
