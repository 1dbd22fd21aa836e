using System.Net;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Net;
using VpnBot.Diagnostics.Probes.Ike.Ikev1;
using VpnBot.Diagnostics.Targets;

namespace VpnBot.Diagnostics.Probes.Ike;

/// <summary><c>ike.v1</c>: an IKEv1 Main Mode responder, the key exchange of L2TP/IPsec, answers on the IKE port.</summary>
internal sealed class Ikev1Check(UdpExchange udp) : ICheck
{
    private readonly Ikev1Probe _probe = new(udp);

    public string Id => CheckIds.IkeV1;

    public IEnumerable<CheckUnit> Plan(CheckTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (!target.Offers(VpnProtocols.L2tp))
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
        var result = await _probe.RunAsync(remote, natT: false, context.Remaining, cancellationToken).ConfigureAwait(false);
        var findingContext = new IkeFindingContext(Id, subject, remote, context.Target, context.Elapsed) { PathErrorCodes = ["809", "792"] };
        return Ikev1Findings.ForIkev1(findingContext, result);
    }
}
