using VpnBot.Bot.Cards.Model;
using VpnBot.Bot.Cards.Text;
using VpnBot.Bot.Cards.Views.Parts;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.KnowledgeBase;
using VpnBot.Diagnostics.Localization;
using VpnBot.Diagnostics.Reporting;
using VpnBot.Diagnostics.Vantages;

namespace VpnBot.Bot.Cards.Views;

/// <summary>What every card of one <c>/vpn check</c> run shows at the top.</summary>
/// <param name="Endpoint">The configured endpoint name (<c>tokyo</c>).</param>
/// <param name="Fqdn">The name clients dial.</param>
/// <param name="Checks">When only some checks run (confirming an error code's causes), their ids; otherwise null.</param>
public sealed record CheckCardHeader(string Endpoint, string Fqdn, IReadOnlyList<string>? Checks);

/// <summary>The cards of <c>/vpn check</c>: progress while findings stream in, then the result (IT only).</summary>
public static class CheckCards
{
    /// <summary>Teams shows at most a handful of buttons in a row; more endpoints are listed by name.</summary>
    private const int MaxEndpointButtons = 5;

    /// <summary>Longest echo of what the user asked for: enough to recognise a typo, never a wall of text.</summary>
    private const int MaxEchoLength = 80;

    /// <summary>The "checking…" card, first sent with no findings, then updated in place as they arrive.</summary>
    /// <param name="planned">How many findings the plan will produce (one per unit).</param>
    public static AdaptiveCard Progress(CheckCardHeader header, IReadOnlyList<Finding> soFar, int planned, Language language) =>
        ProgressCard.Build(header, soFar, planned, language);

    /// <summary>
    /// The final card: verdict, ranked likely causes with the error codes they explain (meaning from
    /// <paramref name="codes"/>) and what to do, every finding with its details behind a toggle, and a
    /// re-run button (<see cref="Verbs.Check"/>).
    /// </summary>
    /// <remarks>Large reports are shown with less detail so the card stays within Teams' message size.</remarks>
    public static AdaptiveCard Result(CheckCardHeader header, CheckReport report, IErrorCodeCatalog codes, Language language) =>
        ResultCard.Build(header, report, codes, language);

    /// <summary>
    /// The final card of a run from every vantage point that took part (the host's in-process agent and the
    /// agents of the endpoint's sites), diagnosed together by <see cref="VantageDiagnoser"/>.
    /// </summary>
    /// <remarks>
    /// For IT (<paramref name="audience"/> <see cref="Audience.It"/> or null, as <c>/vpn check</c> is IT's): with one
    /// vantage point, the same card as <see cref="Result(CheckCardHeader, CheckReport, IErrorCodeCatalog, Language)"/>;
    /// with several, the combined diagnosis first, then a check × vantage matrix (a column per vantage point,
    /// <c>name (site, inside)</c>, the worst status of each check there, "—" where it did not run), then every
    /// problem with the vantage point that saw it and its details. For an employee: the state in plain words, from
    /// inside the network and from the internet, with no FQDN, vantage point names, addresses, check ids or evidence.
    /// Large reports are shown with less detail so the card stays within Teams' message size.
    /// </remarks>
    public static AdaptiveCard Result(CheckCardHeader header, CombinedReport report, IErrorCodeCatalog codes, Audience? audience, Language language)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(codes);
        if (audience == Audience.Employee)
        {
            return EmployeeResultCard.Build(header, report, language);
        }

        return report.Reports is [var only]
            ? ResultCard.Build(header, only.Report with { Diagnosis = report.Diagnosis }, codes, language)
            : VantageResultCard.Build(header, report, codes, language);
    }

    /// <summary>The endpoint asked for is not configured (or none is): names the known ones.</summary>
    public static AdaptiveCard UnknownEndpoint(string? requested, IReadOnlyList<string> known, Language language)
    {
        ArgumentNullException.ThrowIfNull(known);
        var check = new Words(CheckText.ResourceManager, language);
        var body = new List<CardElement>();
        string fallback;
        if (requested is null)
        {
            fallback = check[known.Count == 0 ? nameof(CheckText.NoEndpointsTitle) : nameof(CheckText.WhichEndpointTitle)];
            body.Add(Ui.Title(fallback));
        }
        else
        {
            fallback = check[nameof(CheckText.UnknownEndpointTitle)];
            body.Add(Ui.Title(fallback));
            body.Add(Ui.Plain(new TextRun(check[nameof(CheckText.YouAskedFor)] + " "), Ui.Code(Limits.Clip(requested, MaxEchoLength))));
        }

        if (known.Count == 0)
        {
            body.Add(Ui.Text(check[nameof(CheckText.NoEndpointsConfigured)]));
            return CardShell.Create(language, body, fallback);
        }

        body.Add(Ui.Plain(new TextRun(check[nameof(CheckText.KnownEndpoints)] + " "), Ui.Code(string.Join(", ", known))));
        var buttons = known.Take(MaxEndpointButtons)
            .Select(name => (CardAction)new ExecuteAction(check[nameof(CheckText.CheckEndpoint), name], Verbs.Check)
            {
                Data = new Dictionary<string, string>(StringComparer.Ordinal) { [Verbs.EndpointKey] = name },
            })
            .ToList();
        return CardShell.Create(language, body, fallback + " " + check[nameof(CheckText.KnownEndpoints)] + " " + string.Join(", ", known), buttons);
    }

    /// <summary>Another check of the same endpoint is running in this conversation; the user should watch that card.</summary>
    public static AdaptiveCard AlreadyRunning(string endpoint, Language language)
    {
        var check = new Words(CheckText.ResourceManager, language);
        var title = check[nameof(CheckText.AlreadyRunningTitle), endpoint];
        var text = check[nameof(CheckText.AlreadyRunningText)];
        return CardShell.Create(language, [Ui.Title(title), Ui.Text(text)], title + " " + text);
    }
}
