using System.Net;
using DnsClient;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Dns.Querying;
using VpnBot.Diagnostics.Dns.Reporting;
using VpnBot.Diagnostics.Dns.Zones;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Diagnostics.Dns;

/// <summary>
/// dns.split-horizon: resolvers the internet uses give the public address, and never an internal one.
/// An internal address leaking into the public view sends remote users to an address they cannot
/// reach (the client times out: 809); a missing public record is error 868.
/// </summary>
internal sealed class DnsSplitHorizonCheck(DnsQuerier querier) : ICheck
{
    public string Id => CheckIds.DnsSplitHorizon;

    public IEnumerable<CheckUnit> Plan(CheckTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return DnsUnits.PerServer(Id, target, target.ExternalDns, nameof(DnsText.SplitNoResolver), RunAsync);
    }

    private async Task<Finding> RunAsync(IPEndPoint server, CheckContext context, CancellationToken cancellationToken)
    {
        var target = context.Target;
        var fqdn = target.Fqdn;
        var subject = server.ToString();
        var lookup = await AddressLookup.QueryAsync(querier, server, fqdn, context.Remaining, cancellationToken).ConfigureAwait(false);
        var answer = lookup.Primary;
        var addresses = lookup.Addresses;
        var evidence = new DnsEvidenceBuilder().Answer(answer, addresses);
        Finding Result(CheckStatus status, LocalizedText summary, string? code = null, IReadOnlyList<LocalizedText>? remedies = null) =>
            DnsFindings.Create(Id, subject, status, summary, evidence, code is null ? [] : [code], remedies);

        if (addresses.Count > 0)
        {
            var leaked = addresses.Select(a => (Address: a, Range: AddressScope.Classify(a))).Where(p => p.Range is not null).ToList();
            if (leaked.Count > 0)
            {
                evidence.Add(DnsEvidence.Private, leaked.Select(p => p.Address));
                evidence.Add(DnsEvidence.PrivateRanges, DnsEvidenceBuilder.Join(leaked.Select(p => $"{p.Address}={RangeTag(p.Range!.Value)}")));
                var described = LocalizedText.List(leaked.Select(p => DnsTexts.Format(nameof(DnsText.SplitPrivateItem), p.Address, RangeText(p.Range!.Value))));
                var remedies = new List<LocalizedText> { DnsTexts.Format(nameof(DnsText.FixSplitBrain), fqdn) };
                if (leaked.Any(p => p.Range == NonPublicRange.Cgnat))
                {
                    remedies.Add(DnsTexts.Format(nameof(DnsText.FixCgnat)));
                }

                if (leaked.Any(p => p.Range == NonPublicRange.Unspecified))
                {
                    remedies.Add(DnsTexts.Format(nameof(DnsText.FixFiltered), subject));
                }

                remedies.Add(DnsRemedies.FlushClients());
                return Result(CheckStatus.Fail, DnsTexts.Format(nameof(DnsText.SplitPrivate), subject, fqdn, described), DnsErrorCodes.VpnTimeout, remedies);
            }

            if (target.PublicAddresses.Count > 0)
            {
                evidence.Add(DnsEvidence.Expected, target.PublicAddresses);
                var missing = target.PublicAddresses.Where(p => !addresses.Contains(p)).ToList();
                if (missing.Count > 0)
                {
                    evidence.Add(DnsEvidence.NotReturned, missing);
                    var expected = DnsEvidenceBuilder.Join(target.PublicAddresses);
                    return Result(
                        CheckStatus.Fail,
                        DnsTexts.Format(nameof(DnsText.SplitWrongPublic), subject, fqdn, DnsEvidenceBuilder.Join(addresses), expected),
                        DnsErrorCodes.VpnTimeout,
                        [DnsTexts.Format(nameof(DnsText.FixPublicRecord), fqdn, expected), DnsTexts.Format(nameof(DnsText.FixLowerTtlBeforeMove))]);
                }
            }

            return Result(CheckStatus.Pass, DnsTexts.Format(nameof(DnsText.SplitPass), subject, fqdn, DnsEvidenceBuilder.Join(addresses)));
        }

        var publish = DnsTexts.Format(nameof(DnsText.FixPublicRecord), fqdn, target.PublicAddresses.Count > 0 ? DnsEvidenceBuilder.Join(target.PublicAddresses) : "-");
        if (answer.IsNxDomain)
        {
            return Result(CheckStatus.Fail, DnsTexts.Format(nameof(DnsText.SplitMissing), subject, fqdn), DnsErrorCodes.NameNotResolvable, [publish]);
        }

        if (answer.IsNoError)
        {
            return Result(CheckStatus.Fail, DnsTexts.Format(nameof(DnsText.SplitNoData), subject, fqdn), DnsErrorCodes.NameNotResolvable, [publish]);
        }

        if (answer.Answered && answer.ResponseCode == DnsHeaderResponseCode.ServerFailure)
        {
            // A resolver's SERVFAIL means the public zone could not be resolved (servers down, broken delegation, DNSSEC).
            return Result(CheckStatus.Fail, DnsTexts.Format(nameof(DnsText.SplitServFail), subject, fqdn), DnsErrorCodes.NameNotResolvable, [DnsTexts.Format(nameof(DnsText.FixPublicZone), fqdn)]);
        }

        // Silence or a refusal from the resolver itself says nothing about the public record.
        return Result(CheckStatus.Error, DnsTexts.Format(nameof(DnsText.SplitNoAnswer), subject, fqdn, DnsReasons.Of(answer)), remedies: DnsRemedies.ForFailure(answer));
    }

    private static string RangeTag(NonPublicRange range) => range switch
    {
        NonPublicRange.Rfc1918 => "rfc1918",
        NonPublicRange.Cgnat => "cgnat",
        NonPublicRange.Loopback => "loopback",
        NonPublicRange.LinkLocal => "link-local",
        NonPublicRange.UniqueLocal => "ula",
        _ => "unspecified",
    };

    private static LocalizedText RangeText(NonPublicRange range) => DnsTexts.Format(range switch
    {
        NonPublicRange.Rfc1918 => nameof(DnsText.RangeRfc1918),
        NonPublicRange.Cgnat => nameof(DnsText.RangeCgnat),
        NonPublicRange.Loopback => nameof(DnsText.RangeLoopback),
        NonPublicRange.LinkLocal => nameof(DnsText.RangeLinkLocal),
        NonPublicRange.UniqueLocal => nameof(DnsText.RangeUniqueLocal),
        _ => nameof(DnsText.RangeUnspecified),
    });
}
