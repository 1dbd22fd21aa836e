using System.Net;
using VpnBot.Diagnostics.Checks;

namespace VpnBot.Diagnostics.Probes.Ike;

/// <summary>What every IKE finding is about: the check, the subject, the endpoint dialled and the target's protocols.</summary>
/// <param name="Check">The check id.</param>
/// <param name="Subject">The unit's subject.</param>
/// <param name="Remote">The address and port the probe dialled.</param>
/// <param name="Target">The endpoint being checked.</param>
/// <param name="Elapsed">Time the unit spent so far.</param>
internal sealed record IkeFindingContext(string Check, string Subject, IPEndPoint Remote, CheckTarget Target, TimeSpan Elapsed)
{
    /// <summary>
    /// Windows error codes a client shows when IKE gets no usable answer: 809 always, plus 13805 for IKEv2
    /// and 792 for L2TP/IPsec when the check covers them.
    /// </summary>
    public IReadOnlyList<string> PathErrorCodes { get; init; } = ["809"];
}
