using System.Net;
using DnsClient;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Dns.Querying;
using VpnBot.Diagnostics.Dns.Reporting;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Diagnostics.Dns;

/// <summary>
/// dns.resolve: the name has an address on every internal server (or, with none configured, through
/// the operating system's resolver, as the VPN client itself resolves it). Any failure here is what
/// the client reports as error 868.
/// </summary>
internal sealed class DnsResolveCheck(DnsQuerier querier, SystemResolver system) : ICheck
{
    public string Id => CheckIds.DnsResolve;

    public IEnumerable<CheckUnit> Plan(CheckTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target.InternalDns.Count == 0)
        {
            return [new CheckUnit(Id, SystemResolver.Label, RunSystemAsync)];
        }

        return target.InternalDns.Select(server => new CheckUnit(Id, server.ToString(), (ctx, ct) => RunAsync(server, ctx, ct)));
    }

    private async Task<Finding> RunAsync(IPEndPoint server, CheckContext context, CancellationToken cancellationToken)
    {
        var lookup = await AddressLookup.QueryAsync(querier, server, context.Target.Fqdn, context.Remaining, cancellationToken).ConfigureAwait(false);
        return Judge(server.ToString(), context.Target, lookup.Primary, lookup.Addresses);
    }

    private async Task<Finding> RunSystemAsync(CheckContext context, CancellationToken cancellationToken)
    {
        var answer = await system.ResolveAsync(context.Target.Fqdn, context.Remaining, cancellationToken).ConfigureAwait(false);
        return Judge(SystemResolver.Label, context.Target, answer, answer.Addresses);
    }

    private Finding Judge(string subject, CheckTarget target, DnsAnswer answer, IReadOnlyList<IPAddress> addresses)
    {
        var fqdn = target.Fqdn;
        // In sentences the operating system's resolver goes by a name; as subject and evidence it stays "system".
        object source = subject == SystemResolver.Label ? DnsTexts.Format(nameof(DnsText.SystemResolverName)) : subject;
        var evidence = new DnsEvidenceBuilder().Answer(answer, addresses);
        if (addresses.Count > 0)
        {
            var shown = DnsEvidenceBuilder.Join(addresses);
            if (target.ExpectAddresses.Count == 0)
            {
                return Result(subject, CheckStatus.Pass, DnsTexts.Format(nameof(DnsText.ResolvePass), fqdn, shown, source), evidence);
            }

            var missing = target.ExpectAddresses.Where(e => !addresses.Contains(e)).ToList();
            evidence.Add(DnsEvidence.Expected, target.ExpectAddresses);
            if (missing.Count == 0)
            {
                return Result(subject, CheckStatus.Pass, DnsTexts.Format(nameof(DnsText.ResolvePass), fqdn, shown, source), evidence);
            }

            evidence.Add(DnsEvidence.NotReturned, missing);
            var expected = DnsEvidenceBuilder.Join(target.ExpectAddresses);
            // The name resolves, so the client does not report 868: it dials the wrong address and times out.
            return Result(
                subject,
                CheckStatus.Fail,
                DnsTexts.Format(nameof(DnsText.ResolveWrongAddress), fqdn, shown, source, expected),
                evidence,
                DnsErrorCodes.VpnTimeout,
                [DnsRemedies.CorrectAddress(fqdn, expected), DnsRemedies.RegisterDns(), DnsRemedies.FlushClients()]);
        }

        var (summary, remedies) = Failure(source, fqdn, answer);
        return Result(subject, CheckStatus.Fail, summary, evidence, DnsErrorCodes.NameNotResolvable, remedies);
    }

    private static (LocalizedText Summary, IReadOnlyList<LocalizedText> Remedies) Failure(object source, string fqdn, DnsAnswer answer)
    {
        if (!answer.Answered)
        {
            return (DnsTexts.Format(nameof(DnsText.ResolveNoAnswer), fqdn, source, DnsReasons.Of(answer)), ServerRemedies(answer));
        }

        return answer.ResponseCode switch
        {
            DnsHeaderResponseCode.NotExistentDomain => (
                DnsTexts.Format(nameof(DnsText.ResolveNxDomain), fqdn, source),
                [DnsRemedies.CreateRecord(fqdn), DnsRemedies.RegisterDns(), DnsRemedies.CheckDialledName(fqdn), DnsRemedies.FlushClients()]),
            DnsHeaderResponseCode.NoError => (
                DnsTexts.Format(nameof(DnsText.ResolveNoData), fqdn, source),
                [DnsRemedies.CreateRecord(fqdn), DnsRemedies.RegisterDns(), DnsRemedies.FlushClients()]),
            DnsHeaderResponseCode.ServerFailure => (
                DnsTexts.Format(nameof(DnsText.ResolveServFail), fqdn, source),
                ServerRemedies(answer)),
            DnsHeaderResponseCode.Refused => (
                DnsTexts.Format(nameof(DnsText.ResolveRefused), fqdn, source),
                ServerRemedies(answer)),
            _ => (
                DnsTexts.Format(nameof(DnsText.ResolveNoAnswer), fqdn, source, DnsReasons.Of(answer)),
                ServerRemedies(answer)),
        };
    }

    /// <summary>Steps for a server that failed; for the operating system's resolver, the servers behind it.</summary>
    private static IReadOnlyList<LocalizedText> ServerRemedies(DnsAnswer answer) =>
        answer.Transport == DnsTransport.System ? [DnsTexts.Format(nameof(DnsText.FixSystemResolver))] : DnsRemedies.ForFailure(answer);

    private Finding Result(string subject, CheckStatus status, LocalizedText summary, DnsEvidenceBuilder evidence, string? code = null, IReadOnlyList<LocalizedText>? remedies = null) =>
        DnsFindings.Create(Id, subject, status, summary, evidence, code is null ? [] : [code], remedies);
}
