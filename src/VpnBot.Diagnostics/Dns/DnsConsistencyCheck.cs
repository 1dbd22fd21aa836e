using DnsClient;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Dns.Querying;
using VpnBot.Diagnostics.Dns.Reporting;
using VpnBot.Diagnostics.Dns.Zones;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Diagnostics.Dns;

/// <summary>
/// dns.consistency: every internal server holds the same version of the zone (SOA serial) and gives the
/// same answer for the name. A secondary that lags behind (replication delay, failed zone transfer)
/// hands some clients an old or missing record while others connect fine.
/// </summary>
internal sealed class DnsConsistencyCheck(DnsQuerier querier) : ICheck
{
    public string Id => CheckIds.DnsConsistency;

    public IEnumerable<CheckUnit> Plan(CheckTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target.InternalDns.Count < 2)
        {
            return DnsUnits.Skipped(Id, target, DnsTexts.Format(nameof(DnsText.ConsistencyNeedsTwo), target.InternalDns.Count));
        }

        return [new CheckUnit(Id, target.Fqdn, RunAsync)];
    }

    private async Task<Finding> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        var fqdn = context.Target.Fqdn;
        var servers = context.Target.InternalDns;
        // Half the budget at most to find the zone, so a silent server leaves time to ask the others.
        var soaBudget = context.Remaining / 2;
        var probes = await Task.WhenAll(servers.Select(s => querier.QueryAsync(s, fqdn, QueryType.SOA, soaBudget, cancellationToken))).ConfigureAwait(false);
        var apex = ZoneApex.Find(fqdn, probes);
        if (apex is null)
        {
            var silent = probes.Where(p => !p.Answered).Select(p => p.Server).ToList();
            var evidence = new DnsEvidenceBuilder().Add(DnsEvidence.Answers, DnsEvidenceBuilder.Join(probes.Select(p => $"{p.Server}={p.Rcode}")));
            if (silent.Count > 0)
            {
                evidence.Add(DnsEvidence.Unanswered, DnsEvidenceBuilder.Join(silent));
            }

            return DnsFindings.Create(
                Id,
                fqdn,
                CheckStatus.Error,
                DnsTexts.Format(nameof(DnsText.ConsistencyNoZone), fqdn),
                evidence,
                remediation: [.. probes.Select(p => p.Answered ? DnsRemedies.HostZone(p.Server) : DnsRemedies.Reachability(p.Server))]);
        }

        var budget = context.Remaining;
        var views = await Task.WhenAll(servers.Select(async server =>
        {
            var soa = querier.QueryAsync(server, apex, QueryType.SOA, budget, cancellationToken);
            var lookup = AddressLookup.QueryAsync(querier, server, fqdn, budget, cancellationToken);
            return new ServerView(server.ToString(), ZoneApex.Serial(apex, await soa.ConfigureAwait(false)), await lookup.ConfigureAwait(false));
        })).ConfigureAwait(false);
        return Compare(fqdn, apex, views);
    }

    private Finding Compare(string fqdn, string apex, ServerView[] views)
    {
        var evidence = new DnsEvidenceBuilder()
            .Add(DnsEvidence.Zone, apex)
            .Add(DnsEvidence.Serials, DnsEvidenceBuilder.Join(views.Select(v => $"{v.Server}={v.Serial?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}")))
            .Add(DnsEvidence.Answers, DnsEvidenceBuilder.Join(views.Select(v => $"{v.Server}={v.AnswerText}")));
        var unanswered = views.Where(v => v.Unanswered).ToList();
        if (unanswered.Count > 0)
        {
            evidence.Add(DnsEvidence.Unanswered, DnsEvidenceBuilder.Join(unanswered.Select(v => v.Server)));
        }

        if (views.Length - unanswered.Count < 2)
        {
            return DnsFindings.Create(
                Id,
                fqdn,
                CheckStatus.Error,
                DnsTexts.Format(nameof(DnsText.ConsistencyTooFew), views.Length - unanswered.Count, views.Length),
                evidence,
                remediation: [.. unanswered.Select(v => DnsRemedies.Reachability(v.Server))]);
        }

        var comparison = ZoneComparison.Of(views);
        if (comparison.Behind.Count > 0)
        {
            evidence.Add(DnsEvidence.Behind, DnsEvidenceBuilder.Join(comparison.Behind.Select(b => b.View.Server)));
        }

        if (comparison.Missing.Count > 0)
        {
            evidence.Add(DnsEvidence.Missing, DnsEvidenceBuilder.Join(comparison.Missing.Select(v => v.Server)));
        }

        if (comparison.Differing.Count > 0)
        {
            evidence.Add(DnsEvidence.Differing, DnsEvidenceBuilder.Join(comparison.Differing.Select(v => v.Server)));
        }

        var sentences = new List<LocalizedText>();
        var codes = new List<string>();
        var remedies = new List<LocalizedText>();
        var reference = comparison.Reference;
        var holder = reference is { HasRecord: true } ? reference : views.FirstOrDefault(v => v.HasRecord);
        if (comparison.Missing.Count > 0 && holder is not null)
        {
            sentences.Add(DnsTexts.Format(nameof(DnsText.ConsistencyMissing), DnsEvidenceBuilder.Join(comparison.Missing.Select(v => v.Server)), fqdn, holder.Server, holder.AnswerText));
            codes.Add(DnsErrorCodes.NameNotResolvable);
            remedies.Add(DnsRemedies.CreateRecord(fqdn));
            remedies.Add(DnsRemedies.RegisterDns());
        }

        if (comparison.Differing.Count > 0 && reference is not null)
        {
            foreach (var view in comparison.Differing)
            {
                sentences.Add(DnsTexts.Format(nameof(DnsText.ConsistencyDiffering), view.Server, fqdn, view.AnswerText, reference.Server, reference.AnswerText));
            }

            codes.Add(DnsErrorCodes.VpnTimeout);
        }

        if (comparison.Behind.Count > 0)
        {
            var items = comparison.Behind.Select(b => DnsTexts.Format(nameof(DnsText.ConsistencyBehindItem), b.View.Server, b.Distance, b.View.Serial));
            sentences.Add(DnsTexts.Format(nameof(DnsText.ConsistencyBehind), apex, LocalizedText.List(items), comparison.Newest, comparison.NewestServer));
        }

        if (sentences.Count == 0)
        {
            var summary = DnsTexts.Format(nameof(DnsText.ConsistencyPass), views.Length - unanswered.Count, apex, comparison.Newest?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-", fqdn, reference?.AnswerText ?? views.First(v => !v.Unanswered).AnswerText);
            if (unanswered.Count > 0)
            {
                summary = LocalizedText.Sentences([summary, DnsTexts.Format(nameof(DnsText.ConsistencyUnanswered), DnsEvidenceBuilder.Join(unanswered.Select(v => v.Server)))]);
            }

            return DnsFindings.Create(Id, fqdn, CheckStatus.Pass, summary, evidence);
        }

        remedies.Add(DnsRemedies.ZoneTransfer(apex));
        remedies.Add(DnsRemedies.AdReplication());
        if (comparison.Behind.Count > 0)
        {
            remedies.Add(DnsRemedies.SerialIncrement());
        }

        remedies.Add(DnsRemedies.FlushClients());
        return DnsFindings.Create(Id, fqdn, CheckStatus.Fail, LocalizedText.Sentences(sentences), evidence, codes, remedies);
    }
}
