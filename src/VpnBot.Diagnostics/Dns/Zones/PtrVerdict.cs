using System.Net;
using VpnBot.Diagnostics.Dns.Reporting;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Diagnostics.Dns.Zones;

/// <summary>What one address's reverse record says, as a status, a summary, evidence and steps.</summary>
internal sealed record PtrVerdict(IPAddress Address, string Kind, CheckStatus Status, LocalizedText Summary, DnsEvidenceBuilder Evidence, IReadOnlyList<LocalizedText> Remediation)
{
    public static PtrVerdict Of(ReverseLookup reverse, string fqdn)
    {
        ArgumentNullException.ThrowIfNull(reverse);
        var address = reverse.Address;
        var ptr = reverse.Ptr;
        var server = ptr.Server;
        var evidence = new DnsEvidenceBuilder().Add(DnsEvidence.Address, address.ToString()).Answer(ptr);
        var create = DnsTexts.Format(nameof(DnsText.FixPtrCreate), address, fqdn);
        if (!ptr.Answered)
        {
            return new(address, "no-answer", CheckStatus.Error, DnsTexts.Format(nameof(DnsText.PtrNoAnswer), address, server, DnsReasons.Of(ptr)), evidence, DnsRemedies.ForFailure(ptr));
        }

        if (reverse.Names.Count == 0)
        {
            return ptr.IsDefinite
                ? new(address, "missing", CheckStatus.Warn, DnsTexts.Format(nameof(DnsText.PtrMissing), address, server, ptr.IsNxDomain ? "NXDOMAIN" : "NODATA"), evidence, [create])
                : new(address, "unavailable", CheckStatus.Warn, DnsTexts.Format(nameof(DnsText.PtrUnavailable), address, server, ptr.Rcode), evidence, [create, .. DnsRemedies.ForFailure(ptr)]);
        }

        var names = string.Join(' ', reverse.Names);
        evidence.Add(DnsEvidence.PtrNames, names).Add(DnsEvidence.ForwardConfirmed, reverse.ForwardConfirmed);
        var forwardAddresses = reverse.Forward is { Addresses.Count: > 0 } forward ? DnsEvidenceBuilder.Join(forward.Addresses) : reverse.Forward?.Primary.Rcode ?? "-";
        if (!reverse.NamesTarget(fqdn))
        {
            return new(
                address,
                "other-name",
                CheckStatus.Warn,
                DnsTexts.Format(reverse.ForwardConfirmed ? nameof(DnsText.PtrOtherName) : nameof(DnsText.PtrOtherNameUnconfirmed), address, names, fqdn),
                evidence,
                [DnsTexts.Format(nameof(DnsText.FixPtrPoint), address, fqdn)]);
        }

        return reverse.ForwardConfirmed
            ? new(address, "confirmed", CheckStatus.Pass, DnsTexts.Format(nameof(DnsText.PtrPass), address, fqdn), evidence, [])
            : new(
                address,
                "not-confirmed",
                CheckStatus.Warn,
                DnsTexts.Format(nameof(DnsText.PtrNotConfirmed), address, fqdn, forwardAddresses),
                evidence,
                [DnsTexts.Format(nameof(DnsText.FixPtrForward), address, fqdn)]);
    }
}
