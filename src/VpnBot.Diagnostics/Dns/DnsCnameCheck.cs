using System.Net;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Dns.Reporting;
using VpnBot.Diagnostics.Dns.Querying;
using VpnBot.Diagnostics.Dns.Zones;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Diagnostics.Dns;

/// <summary>
/// dns.cname: when the name is an alias, its chain ends in an address: no loop, no dangling target,
/// no deeper than <see cref="CheckThresholds.MaxCnameDepth"/>, and no CNAME sharing its owner with
/// other records. Checked on every internal and external server, since each view has its own chain.
/// </summary>
internal sealed class DnsCnameCheck(DnsQuerier querier) : ICheck
{
    public string Id => CheckIds.DnsCname;

    public IEnumerable<CheckUnit> Plan(CheckTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var servers = target.InternalDns.Concat(target.ExternalDns).Distinct().ToList();
        if (servers.Count == 0)
        {
            servers = [.. target.Resolvers];
        }

        return DnsUnits.PerServer(Id, target, servers, nameof(DnsText.CnameNoServer), RunAsync);
    }

    private async Task<Finding> RunAsync(IPEndPoint server, CheckContext context, CancellationToken cancellationToken)
    {
        var maxDepth = context.Target.Thresholds.MaxCnameDepth;
        var walk = await CnameWalk.FollowAsync(querier, server, context.Target.Fqdn, maxDepth, () => context.Remaining, cancellationToken).ConfigureAwait(false);
        var subject = server.ToString();
        var fqdn = context.Target.Fqdn;
        var chain = walk.ChainText;
        var last = walk.Chain[^1];
        var evidence = new DnsEvidenceBuilder().Add(DnsEvidence.Chain, chain).Answer(walk.Last, walk.Addresses);
        Finding Result(CheckStatus status, LocalizedText summary, IReadOnlyList<LocalizedText>? remedies = null, bool unresolvable = false) =>
            DnsFindings.Create(Id, subject, status, summary, evidence, unresolvable ? [DnsErrorCodes.NameNotResolvable] : [], remedies);

        switch (walk.End)
        {
            case CnameEnd.NoCname:
                return Result(CheckStatus.Pass, DnsTexts.Format(nameof(DnsText.CnameNone), fqdn, subject));
            case CnameEnd.Address:
                return Result(CheckStatus.Pass, DnsTexts.Format(nameof(DnsText.CnamePass), chain, DnsEvidenceBuilder.Join(walk.Addresses)));
            case CnameEnd.OutsideServer:
                return Result(CheckStatus.Pass, DnsTexts.Format(nameof(DnsText.CnameLeavesServer), chain, subject, last));
            case CnameEnd.Dangling:
                return Result(
                    CheckStatus.Fail,
                    DnsTexts.Format(nameof(DnsText.CnameDangling), chain, last, walk.Last.IsNxDomain ? "NXDOMAIN" : "NODATA"),
                    [DnsTexts.Format(nameof(DnsText.FixCnameTarget), last, fqdn), DnsRemedies.FlushClients()],
                    unresolvable: true);
            case CnameEnd.TargetFails:
                return Result(
                    CheckStatus.Fail,
                    DnsTexts.Format(nameof(DnsText.CnameTargetFails), chain, last, walk.Last.Rcode),
                    [DnsTexts.Format(nameof(DnsText.FixCnameTarget), last, fqdn), .. DnsRemedies.ForFailure(walk.Last)],
                    unresolvable: true);
            case CnameEnd.Loop:
                return Result(CheckStatus.Fail, DnsTexts.Format(nameof(DnsText.CnameLoop), chain), [DnsTexts.Format(nameof(DnsText.FixCnameLoop))], unresolvable: true);
            case CnameEnd.TooDeep:
                evidence.Add(DnsEvidence.MaxDepth, maxDepth);
                return Result(
                    CheckStatus.Fail,
                    DnsTexts.Format(nameof(DnsText.CnameTooDeep), walk.Chain.Count - 1, maxDepth, chain),
                    [DnsTexts.Format(nameof(DnsText.FixCnameDepth), maxDepth)],
                    unresolvable: true);
            case CnameEnd.BesideData:
                evidence.Add(DnsEvidence.Owner, walk.Owner!).Add(DnsEvidence.OtherTypes, DnsEvidenceBuilder.Join(walk.Others));
                return Result(
                    CheckStatus.Fail,
                    DnsTexts.Format(nameof(DnsText.CnameBesideData), walk.Owner, DnsEvidenceBuilder.Join(walk.Others)),
                    [DnsTexts.Format(nameof(DnsText.FixCnameOtherData), walk.Owner)]);
            case CnameEnd.SeveralCnames:
                evidence.Add(DnsEvidence.Owner, walk.Owner!).Add(DnsEvidence.OtherTypes, "CNAME");
                return Result(
                    CheckStatus.Fail,
                    DnsTexts.Format(nameof(DnsText.CnameSeveral), walk.Owner, DnsEvidenceBuilder.Join(walk.Others)),
                    [DnsTexts.Format(nameof(DnsText.FixCnameOtherData), walk.Owner)]);
            default:
                return Result(CheckStatus.Error, DnsTexts.Format(nameof(DnsText.CnameNoAnswer), last, subject, DnsReasons.Of(walk.Last)), DnsRemedies.ForFailure(walk.Last));
        }
    }
}
