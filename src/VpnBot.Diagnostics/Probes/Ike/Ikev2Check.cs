using System.Net;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Net;
using VpnBot.Diagnostics.Probes.Ike.Ikev2;
using VpnBot.Diagnostics.Targets;

namespace VpnBot.Diagnostics.Probes.Ike;

/// <summary>
/// <c>ike.v2</c>: an IKEv2 responder answers IKE_SA_INIT on the IKE port. A NO_PROPOSAL_CHOSEN answer is a
/// live server whose policy Windows clients do not match.
/// </summary>
internal sealed class Ikev2Check(UdpExchange udp) : ICheck
{
    private readonly Ikev2Probe _probe = new(udp);

    public string Id => CheckIds.IkeV2;

    public IEnumerable<CheckUnit> Plan(CheckTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (!target.Offers(VpnProtocols.Ikev2))
        {
            yield break;
        }

        var subject = IkeCheckUnits.Subject(target, target.Ports.Ike);
        yield return new CheckUnit(Id, subject, (context, ct) => RunAsync(context, subject, ct));
    }

    private async Task<Finding> RunAsync(CheckContext context, string subject, CancellationToken cancellationToken)
    {
        var server = await context.GetServerAddressAsync(cancellationToken).ConfigureAwait(false);
        if (server.Address is not { } address)
        {
            return UnresolvedAddress.Skip(Id, subject, context.Target.Fqdn);
        }

        var remote = new IPEndPoint(address, context.Target.Ports.Ike);
        var result = await _probe.RunAsync(remote, natT: false, () => context.Remaining, cancellationToken).ConfigureAwait(false);
        var findingContext = new IkeFindingContext(Id, subject, remote, context.Target, context.Elapsed) { PathErrorCodes = ["809", "13805"] };
        return Ikev2Findings.ForIkev2(findingContext, result);
    }
}
