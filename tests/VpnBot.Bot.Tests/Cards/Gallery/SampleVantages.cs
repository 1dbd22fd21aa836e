using Microsoft.Extensions.DependencyInjection;
using VpnBot.Bot.Agents;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Diagnosis;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Probes;
using VpnBot.Diagnostics.Reporting;
using VpnBot.Diagnostics.Vantages;
using static VpnBot.Bot.Tests.Cards.Gallery.Sample;

namespace VpnBot.Bot.Tests.Cards.Gallery;

/// <summary>
/// Runs of one endpoint from several vantage points, each diagnosed on its own and then together by the core's
/// rules, so the combined causes on the sample cards are the ones a real run gives.
/// </summary>
internal static class SampleVantages
{
    public static readonly VantagePoint Host = new(VantagePoint.InProcessName, "tokyo", VantageKind.Inside);
    public static readonly VantagePoint TokyoDmz = new("tokyo-dmz", "tokyo", VantageKind.Inside);
    public static readonly VantagePoint Osaka = new("osaka-dc", "osaka", VantageKind.Inside);
    public static readonly VantagePoint Cloud = new("cloud-probe", "tokyo", VantageKind.Outside);

    private const string OsakaPrimary = "10.1.0.10:53";
    private const string OsakaSecondary = "10.1.0.11:53";
    private const string OldAddress = "10.0.0.4";

    private static readonly Lazy<VantageDiagnoser> Rules = new(() =>
        new VantageDiagnoser(new ServiceCollection().AddVantageRules().BuildServiceProvider().GetServices<IVantageRule>()));

    private static readonly Lazy<Diagnoser> Own = new(() =>
        new Diagnoser(new ServiceCollection().AddDiagnosisRules().BuildServiceProvider().GetServices<IDiagnosisRule>()));

    /// <summary>
    /// Four vantage points after an edge router change and a stalled replication: the internet gets no IKE answer
    /// while every inside vantage point does, and osaka's DNS still hands out the old address.
    /// </summary>
    public static CombinedReport EdgeAndStaleSite() => Combine(
        2913,
        At(Host, 612, [.. SampleFindings.Healthy().Select(f => f.Check == CheckIds.DnsConsistency ? Consistency(Host, "2026112601", InternalAddress) : f)]),
        At(TokyoDmz, 480,
            Resolve("system", InternalAddress, 6),
            Ike(CheckIds.IkeV2, InternalAddress, ProbeOutcome.Answered), Ike(CheckIds.IkeV1, InternalAddress, ProbeOutcome.Answered), Ike(CheckIds.IkeNatT, InternalAddress, ProbeOutcome.Answered),
            Sstp(InternalAddress, ProbeOutcome.Answered)),
        At(Osaka, 530,
            Stale(OsakaPrimary), Stale(OsakaSecondary), Consistency(Osaka, "2026112598", OldAddress),
            Ike(CheckIds.IkeV2, InternalAddress, ProbeOutcome.Answered), Ike(CheckIds.IkeV1, InternalAddress, ProbeOutcome.Answered), Ike(CheckIds.IkeNatT, InternalAddress, ProbeOutcome.Answered),
            Sstp(InternalAddress, ProbeOutcome.Answered)),
        At(Cloud, 2890,
            Public(PublicAddress), Resolve("system", PublicAddress, 24),
            Ike(CheckIds.IkeV2, PublicAddress, ProbeOutcome.NoAnswer), Ike(CheckIds.IkeV1, PublicAddress, ProbeOutcome.NoAnswer), Ike(CheckIds.IkeNatT, PublicAddress, ProbeOutcome.NoAnswer),
            Sstp(PublicAddress, ProbeOutcome.Answered)));

    /// <summary>Three vantage points: the internet resolves the name to the internal address, and osaka's agent did not answer.</summary>
    public static CombinedReport LeakWithSilentAgent() => Combine(
        5004,
        At(Host, 612, [.. SampleFindings.Healthy()]),
        At(Osaka, 5000, Silent(Osaka)),
        At(Cloud, 2950,
            Public(InternalAddress), Resolve("system", InternalAddress, 22),
            Ike(CheckIds.IkeV2, InternalAddress, ProbeOutcome.NoAnswer), Ike(CheckIds.IkeV1, InternalAddress, ProbeOutcome.NoAnswer), Ike(CheckIds.IkeNatT, InternalAddress, ProbeOutcome.NoAnswer),
            Sstp(InternalAddress, ProbeOutcome.NoAnswer)));

    /// <summary>The host and one outside agent: fine from the office, IKE blocked from the internet (what an employee at home meets).</summary>
    public static CombinedReport BlockedFromOutside() => Combine(
        2900,
        At(Host, 612, [.. SampleFindings.Healthy()]),
        At(Cloud, 2890,
            Public(PublicAddress),
            Ike(CheckIds.IkeV2, PublicAddress, ProbeOutcome.NoAnswer), Ike(CheckIds.IkeV1, PublicAddress, ProbeOutcome.NoAnswer), Ike(CheckIds.IkeNatT, PublicAddress, ProbeOutcome.NoAnswer),
            Sstp(PublicAddress, ProbeOutcome.Answered)));

    /// <summary>Only the host took part: the card must be the single-vantage card.</summary>
    public static CombinedReport HostOnly(CheckReport report) => Combine(report.DurationMs, new VantageReport(Host, report));

    /// <summary>Every vantage point sees the sixty findings of the large report: the budget with a full matrix.</summary>
    public static CombinedReport Large(int points) => Combine(
        9000,
        [.. Enumerable.Range(1, points).Select(i => new VantageReport(
            new VantagePoint($"site{i:00}-agent", $"site{i:00}", i % 4 == 0 ? VantageKind.Outside : VantageKind.Inside),
            LargeReport.Build() with { Vantage = $"site{i:00}-agent" }))]);

    private static CombinedReport Combine(long durationMs, params VantageReport[] reports) =>
        Rules.Value.Combine(SampleReports.Target, reports, StartedAt, durationMs);

    private static VantageReport At(VantagePoint point, long durationMs, params Finding[] findings) => new(point, new CheckReport
    {
        Target = Fqdn,
        Vantage = point.Name,
        StartedAt = StartedAt,
        DurationMs = durationMs,
        Findings = findings,
        Diagnosis = Own.Value.Diagnose(new DiagnosisInput(SampleReports.Target, findings)),
    });

    private static Finding Resolve(string server, string address, long ms) => Finding(CheckIds.DnsResolve, server, CheckStatus.Pass,
        $"{Fqdn} resolves to {address} via {(server == "system" ? "the operating system's resolver" : server)}.",
        $"{Fqdn} は {(server == "system" ? "OS のリゾルバー" : server)} で {address} に名前解決されます。",
        ms, ("server", server), ("rcode", "NOERROR"), ("addresses", address), ("elapsedMs", $"{ms}"), ("transport", server == "system" ? "system" : "udp"));

    /// <summary>dns.resolve at osaka: the old address, not the one the configuration expects.</summary>
    private static Finding Stale(string server) => Finding(CheckIds.DnsResolve, server, CheckStatus.Fail,
        $"{Fqdn} resolves to {OldAddress} via {server}, not to the expected {InternalAddress}.",
        $"{Fqdn} は {server} で {OldAddress} に名前解決され、期待するアドレス {InternalAddress} ではありません。",
        5, ("server", server), ("rcode", "NOERROR"), ("addresses", OldAddress), ("expected", InternalAddress), ("notReturned", InternalAddress), ("elapsedMs", "5"), ("transport", "udp")) with
    {
        ErrorCodes = ["809"],
        Remediation = [Text($"Point the A record of {Fqdn} at {InternalAddress}.", $"{Fqdn} の A レコードを {InternalAddress} に向けてください。")],
    };

    private static Finding Consistency(VantagePoint point, string serial, string address)
    {
        var (one, two) = point == Osaka ? (OsakaPrimary, OsakaSecondary) : (Primary, Secondary);
        return Finding(CheckIds.DnsConsistency, Fqdn, CheckStatus.Pass,
            $"2 servers hold zone example.local at serial {serial} and answer {Fqdn} alike: {address}.",
            $"2 台のサーバーがゾーン example.local をシリアル {serial} で保持し、{Fqdn} に同じ応答を返しています: {address}。",
            9, ("zone", "example.local"), ("serials", $"{one}={serial}, {two}={serial}"), ("answers", $"{one}={address}, {two}={address}"));
    }

    /// <summary>dns.split-horizon from outside: the public address passes, a private one is the leak.</summary>
    private static Finding Public(string address) => address == PublicAddress
        ? Finding(CheckIds.DnsSplitHorizon, PublicResolver, CheckStatus.Pass,
            $"{PublicResolver} answers {Fqdn} with public addresses only: {address}.",
            $"{PublicResolver} は {Fqdn} にグローバルアドレスのみを返しています: {address}。",
            21, ("server", PublicResolver), ("rcode", "NOERROR"), ("addresses", address))
        : Finding(CheckIds.DnsSplitHorizon, PublicResolver, CheckStatus.Fail,
            $"{PublicResolver} answers {Fqdn} with {address} (private, RFC 1918): the internet cannot reach it.",
            $"{PublicResolver} は {Fqdn} に {address}(プライベート、RFC 1918)を返しています。インターネットからは到達できません。",
            21, ("server", PublicResolver), ("rcode", "NOERROR"), ("addresses", address), ("private", address), ("privateRanges", $"{address}=rfc1918")) with
        {
            ErrorCodes = ["809"],
            Remediation = [Text($"In the public zone, point {Fqdn} at the VPN server's public address.", $"パブリックゾーンで {Fqdn} を VPN サーバーのパブリックアドレスに向けてください。")],
        };

    private static Finding Ike(string check, string address, string outcome)
    {
        var port = check == CheckIds.IkeNatT ? 4500 : 500;
        var name = check switch { CheckIds.IkeV2 => "IKEv2", CheckIds.IkeV1 => "IKEv1 Main Mode", _ => "IKE (NAT-T)" };
        return outcome == ProbeOutcome.Answered
            ? Finding(check, $"{address}:{port}", CheckStatus.Pass,
                $"{name} answers on UDP {port}.", $"UDP {port} で {name} が応答しました。",
                30, (ProbeOutcome.Key, outcome), ("address", address), ("port", $"{port}"), ("elapsedMs", "30"))
            : Finding(check, $"{address}:{port}", CheckStatus.Fail,
                $"No {name} answer on UDP {port} within 2,400 ms (3 attempts).", $"UDP {port} で 2,400 ミリ秒以内に {name} の応答がありません (送信 3 回)。",
                2403, (ProbeOutcome.Key, outcome), ("address", address), ("port", $"{port}"), ("attempts", "3"), ("elapsedMs", "2403")) with
            {
                ErrorCodes = ["809", "13805"],
                Remediation = [Text($"Allow UDP 500 and 4500 to {address} on every firewall on the way, and forward both on every NAT router.", $"経路上のすべてのファイアウォールで {address} への UDP 500 と 4500 を許可し、すべての NAT ルーターで両方を転送してください。")],
            };
    }

    private static Finding Sstp(string address, string outcome) => outcome == ProbeOutcome.Answered
        ? Finding(CheckIds.SstpListener, $"{address}:443", CheckStatus.Pass,
            $"SSTP listener at {address}:443 answered SSTP_DUPLEX_POST with HTTP 200.", $"{address}:443 の SSTP リスナーが SSTP_DUPLEX_POST に HTTP 200 で応答しました。",
            48, (ProbeOutcome.Key, outcome), ("address", $"{address}:443"), ("httpStatus", "200"), ("elapsedMs", "48"))
        : Finding(CheckIds.SstpListener, $"{address}:443", CheckStatus.Fail,
            $"No answer from {address}:443 within 2,000 ms (TCP SYN unanswered).", $"{address}:443 から 2,000 ミリ秒以内に応答がありません (TCP SYN に応答なし)。",
            2001, (ProbeOutcome.Key, outcome), ("address", $"{address}:443"), ("stage", "connect"), ("elapsedMs", "2001")) with
        {
            ErrorCodes = ["800"],
        };

    /// <summary>What the host records for an agent that did not answer within the deadline.</summary>
    private static Finding Silent(VantagePoint point) => AgentFindings.NoAnswer(point.Name, TimeSpan.FromSeconds(5)) with { DurationMs = 5000 };
}
