using System.Net;
using VpnBot.Diagnostics.Net;
using VpnBot.Diagnostics.Probes.Ike.KeyExchange;

namespace VpnBot.Diagnostics.Probes.Ike.Ikev2;

/// <summary>The exchanges of one IKEv2 probe: the first IKE_SA_INIT and, when the responder asked for it, one retry.</summary>
internal sealed record Ikev2ProbeResult(Ikev2Exchange First, Ikev2Exchange? Retry)
{
    /// <summary>The exchange the finding is about: the retry when it got a protocol answer, else the first.</summary>
    public Ikev2Exchange Final =>
        Retry is { Outcome: not (ProbeOutcome.NoAnswer or ProbeOutcome.Refused or ProbeOutcome.Unreachable) } retry ? retry : First;

    public int Attempts => First.Transport.Udp.Attempts + (Retry?.Transport.Udp.Attempts ?? 0);
}

/// <summary>
/// Sends IKE_SA_INIT (RFC 7296 §1.2) with the default offer and, inside the same budget, retries once
/// when the responder answers INVALID_KE_PAYLOAD with another offered group (§1.3) or COOKIE (§2.6),
/// as a Windows client would.
/// </summary>
internal sealed class Ikev2Probe(UdpExchange udp)
{
    /// <summary>Below this, a retry could not get an answer in time; the first answer is reported instead.</summary>
    private static readonly TimeSpan MinimumRetryBudget = TimeSpan.FromMilliseconds(200);

    public async Task<Ikev2ProbeResult> RunAsync(IPEndPoint remote, bool natT, Func<TimeSpan> remaining, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(remaining);
        var offer = Ikev2Offer.Default;
        var spi = IkeRandom.InitiatorSpi();
        var nonce = IkeRandom.Nonce();
        var group = offer.Groups[0];
        var first = await ExchangeAsync(remote, natT, offer, spi, nonce, group, cookie: null, remaining(), cancellationToken).ConfigureAwait(false);

        Ikev2Exchange? retry = null;
        if (remaining() >= MinimumRetryBudget)
        {
            if (first.Outcome == ProbeOutcome.InvalidKe && first.RequestedGroup is { } wanted && wanted != group && offer.OffersGroup(wanted) && DhGroup.Find(wanted) is not null)
            {
                retry = await ExchangeAsync(remote, natT, offer, spi, nonce, wanted, cookie: null, remaining(), cancellationToken).ConfigureAwait(false);
            }
            else if (first.Outcome == ProbeOutcome.Cookie && first.Cookie is { } cookie)
            {
                retry = await ExchangeAsync(remote, natT, offer, spi, nonce, group, cookie, remaining(), cancellationToken).ConfigureAwait(false);
            }
        }

        return new Ikev2ProbeResult(first, retry);
    }

    private async Task<Ikev2Exchange> ExchangeAsync(
        IPEndPoint remote,
        bool natT,
        Ikev2Offer offer,
        ulong spi,
        byte[] nonce,
        ushort group,
        byte[]? cookie,
        TimeSpan budget,
        CancellationToken cancellationToken)
    {
        var publicValue = DhGroup.Find(group)!.CreatePublicValue();
        var transport = await IkeTransport.ExchangeAsync(
            udp,
            remote,
            natT,
            spi,
            local => Ikev2RequestBuilder.Build(new Ikev2Request(spi, offer, group, publicValue, nonce, local, remote) { Cookie = cookie }),
            budget,
            cancellationToken).ConfigureAwait(false);
        return Ikev2Exchange.Classify(transport, group, natT, spi);
    }
}
