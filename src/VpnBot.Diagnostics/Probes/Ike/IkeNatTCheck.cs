using System.Net;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Net;
using VpnBot.Diagnostics.Probes.Ike.Ikev1;
using VpnBot.Diagnostics.Probes.Ike.Ikev2;
using VpnBot.Diagnostics.Targets;

namespace VpnBot.Diagnostics.Probes.Ike;

/// <summary>
/// <c>ike.nat-t</c>: IKE answers on the NAT-T port behind the non-ESP marker (RFC 3948 §2.2, RFC 7296 §2.23),
/// the port every client behind a NAT ends up on. Sends IKE_SA_INIT when IKEv2 is offered, else Main Mode.
/// </summary>
internal sealed class IkeNatTCheck(UdpExchange udp) : ICheck
{
    private readonly Ikev2Probe _ikev2 = new(udp);
    private readonly Ikev1Probe _ikev1 = new(udp);

    public string Id => CheckIds.IkeNatT;

    public IEnumerable<CheckUnit> Plan(CheckTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (!target.Offers(VpnProtocols.Ikev2 | VpnProtocols.L2tp))
        {
            yield break;
        }

        var subject = IkeCheckUnits.Subject(target, target.Ports.NatT);
        yield return new CheckUnit(Id, subject, (context, ct) => RunAsync(context, subject, ct));
    }

    private async Task<Finding> RunAsync(CheckContext context, string subject, CancellationToken cancellationToken)
    {
        var server = await context.GetServerAddressAsync(cancellationToken).ConfigureAwait(false);
        if (server.Address is not { } address)
        {
            return UnresolvedAddress.Skip(Id, subject, context.Target.Fqdn);
        }

        var target = context.Target;
        var remote = new IPEndPoint(address, target.Ports.NatT);
        if (target.Offers(VpnProtocols.Ikev2))
        {
            var result = await _ikev2.RunAsync(remote, natT: true, () => context.Remaining, cancellationToken).ConfigureAwait(false);
            return NatTFindings.FromIkev2(Context(context, subject, remote), result);
        }

        var mainMode = await _ikev1.RunAsync(remote, natT: true, context.Remaining, cancellationToken).ConfigureAwait(false);
        return NatTFindings.FromIkev1(Context(context, subject, remote), mainMode);
    }

    private IkeFindingContext Context(CheckContext context, string subject, IPEndPoint remote) =>
        new(Id, subject, remote, context.Target, context.Elapsed) { PathErrorCodes = IkeCheckUnits.NatTPathCodes(context.Target) };
}
