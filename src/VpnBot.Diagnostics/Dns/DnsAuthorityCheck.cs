using System.Net;
using DnsClient;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Dns.Querying;
using VpnBot.Diagnostics.Dns.Reporting;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Diagnostics.Dns;

/// <summary>
/// dns.authority: each internal server answers the name from a zone it holds (the AA bit), rather than
/// forwarding the internal zone to resolvers that have never heard of it. An internal name asked
/// outside ends in NXDOMAIN, which the client reports as error 868.
/// </summary>
internal sealed class DnsAuthorityCheck(DnsQuerier querier) : ICheck
{
    public string Id => CheckIds.DnsAuthority;

    public IEnumerable<CheckUnit> Plan(CheckTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return DnsUnits.PerServer(Id, target, target.InternalDns, nameof(DnsText.AuthorityNoServer), RunAsync);
    }

    private async Task<Finding> RunAsync(IPEndPoint server, CheckContext context, CancellationToken cancellationToken)
    {
        var fqdn = context.Target.Fqdn;
        var subject = server.ToString();
        var answer = await querier.QueryAsync(server, fqdn, QueryType.A, context.Remaining, cancellationToken).ConfigureAwait(false);
        var evidence = new DnsEvidenceBuilder().Answer(answer);
        if (answer.IsDefinite && answer.Authoritative)
        {
            return DnsFindings.Create(Id, subject, CheckStatus.Pass, DnsTexts.Format(nameof(DnsText.AuthorityPass), subject, fqdn, answer.Rcode), evidence);
        }

        if (answer.IsDefinite)
        {
            // NOERROR or NXDOMAIN without AA: the reply came from a cache or a forwarder, or is a referral.
            var summary = answer.RecursionAvailable
                ? DnsTexts.Format(nameof(DnsText.AuthorityForwarded), subject, fqdn, answer.Rcode)
                : DnsTexts.Format(nameof(DnsText.AuthorityReferral), subject, fqdn, answer.Rcode);
            return DnsFindings.Create(Id, subject, CheckStatus.Fail, summary, evidence, [DnsErrorCodes.NameNotResolvable], [DnsRemedies.HostZone(subject), DnsRemedies.FlushClients()]);
        }

        var failure = answer.ResponseCode switch
        {
            _ when !answer.Answered => DnsTexts.Format(nameof(DnsText.AuthorityNoAnswer), subject, fqdn, DnsReasons.Of(answer)),
            DnsHeaderResponseCode.Refused => DnsTexts.Format(nameof(DnsText.AuthorityRefused), subject, fqdn),
            DnsHeaderResponseCode.ServerFailure => DnsTexts.Format(nameof(DnsText.AuthorityServFail), subject, fqdn),
            _ => DnsTexts.Format(nameof(DnsText.AuthorityNoAnswer), subject, fqdn, DnsReasons.Of(answer)),
        };
        if (!answer.Answered)
        {
            // Silence says nothing about the AA bit: dns.resolve owns the unreachable server.
            return DnsFindings.Create(Id, subject, CheckStatus.Error, failure, evidence, [], DnsRemedies.ForFailure(answer));
        }

        IReadOnlyList<LocalizedText> remedies = [DnsRemedies.HostZone(subject), .. DnsRemedies.ForFailure(answer)];
        return DnsFindings.Create(Id, subject, CheckStatus.Fail, failure, evidence, [DnsErrorCodes.NameNotResolvable], remedies);
    }
}
