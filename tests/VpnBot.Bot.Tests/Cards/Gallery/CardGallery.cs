using VpnBot.Bot.Cards.Model;
using VpnBot.Bot.Cards.Views;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.KnowledgeBase;
using VpnBot.Diagnostics.Localization;
using static VpnBot.Bot.Tests.Cards.Gallery.Sample;

namespace VpnBot.Bot.Tests.Cards.Gallery;

/// <summary>
/// Every card the bot can send, from realistic sample data: the official parser validates each in both
/// languages, Chromium renders each, and docs/cards shows them.
/// </summary>
public static class CardGallery
{
    private static readonly ErrorCodeCatalog Codes = ErrorCodeCatalog.Default;
    private static readonly CheckCardHeader Header = new(Endpoint, Fqdn, null);
    private static readonly string[] Endpoints = ["tokyo", "osaka"];

    /// <summary>"Now" for the status card: a few minutes after the sample run.</summary>
    private static readonly DateTimeOffset Now = StartedAt.AddMinutes(3);

    public static IReadOnlyList<Language> Languages { get; } = [Language.English, Language.Japanese];

    public static IReadOnlyList<GalleryCard> All { get; } =
    [
        new("check-progress-start", "`/vpn check tokyo`: the card sent within a second, before any result.", Audience.It,
            l => CheckCards.Progress(Header, [], 20, l)),
        new("check-progress", "The same card, updated in place as findings arrive (problems first).", Audience.It,
            l => CheckCards.Progress(Header, Arrived(), 20, l)),
        new("check-result-critical", "The final card of a run with failures: verdict, likely causes with the error codes they explain, findings with details.", Audience.It,
            l => CheckCards.Result(Header, SampleReports.Critical(), Codes, l)) { ShowOpened = true },
        new("check-result-healthy", "The final card when every check passes.", Audience.It,
            l => CheckCards.Result(Header, SampleReports.Healthy(), Codes, l)) { ShowOpened = true },
        new("check-result-confirm", "A run of only the checks that confirm an error code's causes (the explain card's button).", Audience.It,
            l => CheckCards.Result(Header with { Checks = [CheckIds.DnsResolve, CheckIds.IkeV2, CheckIds.IkeV1, CheckIds.IkeNatT] }, SampleReports.Confirming809(), Codes, l)),
        new("check-result-large", "Sixty findings with long evidence: the card trims detail to stay within Teams' size limit.", Audience.It,
            l => CheckCards.Result(Header, LargeReport.Build(), Codes, l)),
        new("check-result-vantages", "`/vpn check tokyo` from the host, agents at two sites and one on the internet: the combined diagnosis, then each check from each vantage point, then the problems.", Audience.It,
            l => CheckCards.Result(Header, SampleVantages.EdgeAndStaleSite(), Codes, Audience.It, l)) { ShowOpened = true },
        new("check-result-vantages-leak", "From the internet the VPN name resolves to an internal address; one agent did not answer.", Audience.It,
            l => CheckCards.Result(Header, SampleVantages.LeakWithSilentAgent(), Codes, Audience.It, l)),
        new("check-result-vantages-employee", "A run from inside and from the internet, for an employee: the state from each side in plain words.", Audience.Employee,
            l => CheckCards.Result(Header, SampleVantages.BlockedFromOutside(), Codes, Audience.Employee, l)),
        new("check-unknown-endpoint", "`/vpn check kyoto` when no endpoint has that name.", Audience.It,
            l => CheckCards.UnknownEndpoint("kyoto", Endpoints, l)),
        new("check-which-endpoint", "`/vpn check` with several endpoints configured.", Audience.It,
            l => CheckCards.UnknownEndpoint(null, Endpoints, l)),
        new("check-no-endpoints", "`/vpn check` when no endpoint is configured.", Audience.It,
            l => CheckCards.UnknownEndpoint(null, [], l)),
        new("check-already-running", "`/vpn check tokyo` while a check of tokyo is running in the conversation.", Audience.It,
            l => CheckCards.AlreadyRunning(Endpoint, l)),
        new("explain-809-it", "`/vpn explain 809` for IT: meaning, causes with the checks that confirm them, steps, and check buttons.", Audience.It,
            l => Explain("809", Audience.It, l)),
        new("explain-868-it", "`/vpn explain 868` for IT.", Audience.It,
            l => Explain("868", Audience.It, l)),
        new("explain-0x800B0109-it", "`/vpn explain 0x800B0109` for IT.", Audience.It,
            l => Explain("0x800B0109", Audience.It, l)),
        new("explain-hresult-it", "A code written as an event log prints it (`-2147024028`), recognised as 868.", Audience.It,
            l => Explain("-2147024028", Audience.It, l)),
        new("explain-809-employee", "\"error 809\" from an employee: meaning and what they can try, no internal details.", Audience.Employee,
            l => Explain("809", Audience.Employee, l)),
        new("explain-868-employee", "\"エラー868\" from an employee.", Audience.Employee,
            l => Explain("868", Audience.Employee, l)),
        new("explain-0x800B0109-employee", "A certificate error from an employee.", Audience.Employee,
            l => Explain("0x800B0109", Audience.Employee, l)),
        new("explain-not-a-code", "`/vpn explain hello`: not an error code.", Audience.Employee,
            l => ExplainCards.NotFound("hello", ErrorCodeLookupFailure.NotACode, Codes, l)),
        new("explain-unknown-code", "`/vpn explain 12345`: a code the knowledge base does not describe.", Audience.Employee,
            l => ExplainCards.NotFound("12345", ErrorCodeLookupFailure.Unknown, Codes, l)),
        new("triage-ask", "\"VPN won't connect\": the three questions.", Audience.Employee,
            l => TriageCards.Ask(null, l)),
        new("triage-ask-with-code", "\"can't connect, error 809\": the questions with the code filled in.", Audience.Employee,
            l => TriageCards.Ask("809", l)),
        new("triage-guidance-868-home-healthy", "Guidance for 868 on IKEv2 from home, the server healthy.", Audience.Employee,
            l => Guidance("868", ConnectionType.Ikev2, NetworkKind.Home, ServerState.Healthy, l)),
        new("triage-guidance-809-wifi-l2tp-degraded", "Guidance for 809 on L2TP/IPsec over public Wi-Fi, the server with a warning.", Audience.Employee,
            l => Guidance("809", ConnectionType.L2tp, NetworkKind.PublicWifi, ServerState.Degraded, l)),
        new("triage-guidance-cert-sstp-down", "Guidance for a certificate error on SSTP, the server down.", Audience.Employee,
            l => Guidance("0x800B0101", ConnectionType.Sstp, NetworkKind.Home, ServerState.Down, l)),
        new("triage-guidance-no-code-unknown", "Guidance without a code or connection type, the server's state unknown.", Audience.Employee,
            l => Guidance(null, ConnectionType.Unknown, NetworkKind.Mobile, ServerState.Unknown, l)),
        new("triage-guidance-691-office-healthy", "Guidance for a refused password (691) from the office.", Audience.Employee,
            l => Guidance("691", ConnectionType.Automatic, NetworkKind.Office, ServerState.Healthy, l)),
        new("status-it", "`/vpn status` for IT: each endpoint's last state, FQDN, cause and a check button.", Audience.It,
            l => StatusCards.Status(Statuses(), Audience.It, Now, l)),
        new("status-employee", "`/vpn status` for an employee: each endpoint's state in plain words.", Audience.Employee,
            l => StatusCards.Status(Statuses(), Audience.Employee, Now, l)),
        new("status-none-it", "`/vpn status` with no endpoint configured.", Audience.It,
            l => StatusCards.Status([], Audience.It, Now, l)),
        new("help-it", "`/vpn help` for IT.", Audience.It,
            l => HelpCards.Help(Audience.It, l)),
        new("help-employee", "`/vpn help` for an employee.", Audience.Employee,
            l => HelpCards.Help(Audience.Employee, l)),
        new("fallback-it", "Text the bot did not understand, from IT.", Audience.It,
            l => HelpCards.Fallback(Audience.It, l)),
        new("fallback-employee", "Text the bot did not understand, from an employee.", Audience.Employee,
            l => HelpCards.Fallback(Audience.Employee, l)),
        new("language-set", "`/vpn lang ja` or `/vpn lang en`: the confirmation, in the chosen language.", Audience.Employee,
            HelpCards.LanguageSet),
        new("error-unexpected", "An exception in a handler: an apology and the reference for the log.", Audience.Employee,
            l => ErrorCards.Unexpected("0HNDA3K8Q1B2C:00000007", l)),
        new("error-bad-argument", "`/vpn check` with a hostile argument: a polite refusal.", Audience.Employee,
            l => ErrorCards.BadArgument("endpoint", "tokyo; rm -rf /", new LocalizedText("a configured endpoint name or FQDN (letters, digits, dots, hyphens)", "設定済みのエンドポイント名または FQDN(英数字、ドット、ハイフン)"), l)),
        new("error-it-only", "An IT-only command from an employee.", Audience.Employee,
            ErrorCards.ItOnly),
        new("agents-list", "`/vpn agents`: every agent with its health, vantage, version and what it can check.", Audience.It,
            l => AgentCards.List(SampleAgents.Rows(Now), Now, l)),
        new("agents-none", "`/vpn agents` before any agent exists.", Audience.It,
            l => AgentCards.List([], Now, l)),
        new("agents-added", "`/vpn agents add tokyo`: the new agent and its one-time enrolment token.", Audience.It,
            l => AgentCards.Added(SampleAgents.Waiting(Now), SampleAgents.Token, l)),
        new("agents-revoked", "`/vpn agents revoke tokyo-2`.", Audience.It,
            l => AgentCards.Revoked("tokyo-2", l)),
        new("agents-not-found", "`/vpn agents revoke kyoto-1` when there is no such agent.", Audience.It,
            l => AgentCards.NotFound("kyoto-1", l)),
        new("agents-name-taken", "`/vpn agents add tokyo tokyo-dmz` when the name is taken.", Audience.It,
            l => AgentCards.NameTaken("tokyo-dmz", l)),
        new("agents-usage", "`/vpn agents` with words it does not know.", Audience.It,
            AgentCards.Usage),
        new("fix-approval", "`/vpn fix restart-rras tokyo-1`: the approval card a second IT member decides on.", Audience.It,
            l => RemediationCards.Approval(SampleRemediations.Pending(StartedAt), "Aiko Sato", l)),
        new("fix-second-approver", "The requester pressed approve on their own request.", Audience.It,
            l => RemediationCards.SecondApproverNeeded(SampleRemediations.Pending(StartedAt), l)),
        new("fix-running", "Approved: the same card while the agent runs it.", Audience.It,
            l => RemediationCards.Running(SampleRemediations.Pending(StartedAt), "Kenji Tanaka", l)),
        new("fix-declined", "Refused: nothing runs.", Audience.It,
            l => RemediationCards.Declined(SampleRemediations.Pending(StartedAt), "Kenji Tanaka", l)),
        new("fix-done-rechecking", "The agent reports success; the related checks run again.", Audience.It,
            l => RemediationCards.Result(SampleRemediations.Pending(StartedAt), SampleRemediations.Succeeded, null, l)),
        new("fix-done-rechecked", "The outcome and the re-check, on the same card.", Audience.It,
            l => RemediationCards.Result(SampleRemediations.Pending(StartedAt), SampleRemediations.Succeeded, SampleReports.Healthy(), l)),
        new("fix-failed", "The action failed on the server.", Audience.It,
            l => RemediationCards.Result(SampleRemediations.Pending(StartedAt), SampleRemediations.Failed, null, l)),
        new("fix-already-decided", "A button pressed after someone else decided.", Audience.It,
            l => RemediationCards.AlreadyDecided(SampleRemediations.Pending(StartedAt) with { State = VpnBot.Bot.Storage.RemediationState.Succeeded }, l)),
        new("fix-not-connected", "`/vpn fix` for an agent that is offline.", Audience.It,
            l => RemediationCards.AgentNotConnected("osaka-1", l)),
        new("fix-usage", "`/vpn fix` without an allowed action: the allow-list.", Audience.It,
            RemediationCards.Usage),
        new("audit", "`/vpn audit`: who did what, when, where, with what outcome.", Audience.It,
            l => AuditCards.Recent(SampleRemediations.Audit(StartedAt), l)),
        new("audit-empty", "`/vpn audit` before anything happened.", Audience.It,
            l => AuditCards.Recent([], l)),
    ];

    /// <summary>Every card in every language, as <c>name.lang</c>.</summary>
    public static IEnumerable<(GalleryCard Card, Language Language)> Each() =>
        All.SelectMany(card => Languages.Select(language => (card, language)));

    public static GalleryCard Find(string name) => All.Single(c => c.Name == name);

    /// <summary>Writes every card as <c>name.lang.json</c> into <paramref name="folder"/>.</summary>
    public static void WriteAll(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var (card, language) in Each())
        {
            File.WriteAllText(Path.Combine(folder, card.FileName(language) + ".json"), CardJson.Serialize(card.Build(language)));
        }
    }

    /// <summary>The first findings a run reports: the DNS answers come in before the probes time out.</summary>
    private static IReadOnlyList<Finding> Arrived() =>
        [.. SampleFindings.Critical().Where(f => f.Check.StartsWith("dns.", StringComparison.Ordinal) || f.Check == CheckIds.IkeNatT || f.Check == CheckIds.CertExpiry)];

    private static AdaptiveCard Explain(string written, Audience audience, Language language)
    {
        var entry = Codes.Find(written).Entry ?? throw new InvalidOperationException($"The knowledge base lacks {written}.");
        return ExplainCards.Explain(entry, written, audience, Endpoints, language);
    }

    private static AdaptiveCard Guidance(string? code, ConnectionType connection, NetworkKind network, ServerState state, Language language)
    {
        var entry = code is null ? null : Codes.Find(code).Entry;
        var checkedAt = state == ServerState.Unknown ? (DateTimeOffset?)null : StartedAt;
        return TriageCards.Guidance(new TriageAnswers(entry?.Code, connection, network), entry, state, checkedAt, language);
    }

    private static IReadOnlyList<EndpointStatus> Statuses()
    {
        var critical = SampleReports.Critical();
        return
        [
            new(Endpoint, Fqdn, critical.Status, critical.StartedAt, critical.DurationMs, critical.Diagnosis[0].Title),
            new("osaka", "vpn-osaka.example.local", ReportStatus.Ok, StartedAt.AddHours(-2), 540, null),
            new("sapporo", "vpn-sapporo.example.local", null, null, null, null),
        ];
    }
}
