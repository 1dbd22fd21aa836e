using VpnBot.Diagnostics.Dns.Querying;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Diagnostics.Dns.Reporting;

/// <summary>Why an answer is not a usable yes or no, as a phrase a summary can embed.</summary>
internal static class DnsReasons
{
    public static LocalizedText Of(DnsAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return answer.Outcome switch
        {
            DnsOutcome.Answered => DnsTexts.Format(nameof(DnsText.ReasonRcode), answer.Rcode),
            DnsOutcome.Timeout => DnsTexts.Format(nameof(DnsText.ReasonTimeout), (long)answer.Elapsed.TotalMilliseconds),
            DnsOutcome.Malformed => DnsTexts.Format(nameof(DnsText.ReasonMalformed), answer.Detail ?? answer.Rcode),
            _ => DnsTexts.Format(nameof(DnsText.ReasonNetwork), answer.Detail ?? answer.Rcode),
        };
    }
}
