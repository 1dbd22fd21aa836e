using System.Net;
using VpnBot.Lab.Daemons.StrongSwan;
using VpnBot.Lab.Ike;
using VpnBot.Lab.Network;
using VpnBot.Lab.Processes;

namespace VpnBot.Lab.Startup;

/// <summary>Starts the charon responders and proves each IKEv2 behaviour with a real IKE_SA_INIT.</summary>
internal static class IkeStartup
{
    public const string PreSharedKey = "vpnbot-lab-pre-shared-key";
    public const string SuiteBProposal = "aes256gcm16-prfsha384-ecp384";
    public const string Modp3072Proposal = "aes128-aes192-aes256-sha256-sha384-sha512-sha1-modp3072";

    /// <summary>The cookie responder's proposals: the first KE Windows sends (MODP-2048) is accepted once the cookie is presented.</summary>
    public const string CookieProposals = "aes256-aes128-sha256-sha1-modp2048";

    /// <summary>IKEv2 with MODP-1024 (group 2) only, as a Windows Server whose IKEv2 policy was never changed.</summary>
    public const string Modp1024Proposal = "aes256-sha256-modp1024";

    /// <summary>IKEv1 Main Mode proposals a Windows L2TP/IPsec client and server share.</summary>
    public const string WindowsIkev1Proposals = "aes256-sha1-modp2048,aes128-sha1-modp2048,3des-sha1-modp1024";

    /// <summary>IKEv2 proposals that take the KE Windows sends first (MODP-2048) at once: no INVALID_KE_PAYLOAD round.</summary>
    public const string RrasIkev2Proposals = "aes128-aes256-sha256-sha1-modp2048-modp1024";

    public static async Task StartAsync(StartupContext context, CancellationToken cancellationToken)
    {
        var plan = context.Plan;

        // Each is checked with a real IKE_SA_INIT: MODP-2048 alone gets an SA from the default proposals; MODP-2048
        // and MODP-3072 with a MODP-2048 key exchange find nothing in common with suite B and make the MODP-3072
        // responder ask for group 15; MODP-1024 and MODP-2048 with a MODP-2048 key exchange make the MODP-1024
        // responder ask for group 2; the responder behind the NAT is asked through the firewall's front address.
        // Behind the firewall UDP 500 is dropped on the way: bound ports are all there is to wait for.
        await Task.WhenAll(
            StartAsync("strongSwan (VPN)", plan.Vpn, [Single(0, "default")], ProveAsync(plan.Vpn.Address, [14], expected: null)),
            StartAsync("strongSwan (suite-B only)", plan.IkeSuiteB, [Single(0, SuiteBProposal)], ProveAsync(plan.IkeSuiteB.Address, [14, 15], IkeSaInit.NotifyNoProposalChosen)),
            StartAsync("strongSwan (MODP-3072 only)", plan.IkeModp3072, [Single(2, Modp3072Proposal)], ProveAsync(plan.IkeModp3072.Address, [14, 15], IkeSaInit.NotifyInvalidKePayload)),
            StartAsync(
                "strongSwan (like RRAS: MODP-1024 only; Windows proposals)",
                plan.IkeRrasLike,
                [
                    new ResponderConnection("modp1024", 2, Modp1024Proposal, plan.IkeRrasLike.Addresses[0]),
                    new ResponderConnection("windows-ikev1", 1, WindowsIkev1Proposals, plan.IkeRrasLike.Addresses[1]),
                    new ResponderConnection("windows-ikev2", 2, RrasIkev2Proposals, plan.IkeRrasLike.Addresses[1]),
                ],
                async daemon =>
                {
                    await ProveAsync(plan.IkeRrasLike.Addresses[0], [2, 14], IkeSaInit.NotifyInvalidKePayload)(daemon).ConfigureAwait(false);
                    await ProveAsync(plan.IkeRrasLike.Addresses[1], [14], expected: null)(daemon).ConfigureAwait(false);
                },
                sendVendorId: true),
            StartCookieResponderAsync(),
            StartAsync("strongSwan (behind firewall)", plan.IkeBehindFirewall, [Single(0, "default")], prove: null),
            StartAsync("strongSwan (behind NAT)", plan.IkeBehindNat, [Single(0, "default")], ProveAsync(plan.NatFront, [14], expected: null))).ConfigureAwait(false);

        async Task StartAsync(string name, PlannedHost host, IReadOnlyList<ResponderConnection> connections, Func<Daemon, Task>? prove, bool sendVendorId = false)
        {
            var settings = new ResponderSettings(plan.PathFor(host.Role), connections, PreSharedKey, SendVendorId: sendVendorId);
            var daemon = await CharonResponder.StartAsync(name, host, settings, context.Daemons, context.Timeout, cancellationToken).ConfigureAwait(false);
            if (prove is not null)
            {
                await prove(daemon).ConfigureAwait(false);
            }
        }

        async Task StartCookieResponderAsync()
        {
            var host = plan.IkeCookie;
            var settings = new ResponderSettings(plan.PathFor(host.Role), [Single(2, CookieProposals)], PreSharedKey, RequireCookies: true);
            var daemon = await CharonResponder.StartAsync("strongSwan (cookie)", host, settings, context.Daemons, context.Timeout, cancellationToken).ConfigureAwait(false);

            // The first IKE_SA_INIT opens the half-open SA that crosses the threshold; from then on: COOKIE.
            await ProveAsync(host.Address, [14], expected: null)(daemon).ConfigureAwait(false);
            await ProveAsync(host.Address, [14], IkeSaInit.NotifyCookie)(daemon).ConfigureAwait(false);
        }

        Func<Daemon, Task> ProveAsync(IPAddress address, int[] groups, int? expected) => async daemon =>
        {
            var reply = await IkeSaInit.ExchangeAsync(new IPEndPoint(address, 500), groups, 14, TimeSpan.FromMilliseconds(500), cancellationToken)
                .ConfigureAwait(false);
            var matches = expected is null
                ? reply?.Kind == IkeReplyKind.Handshake
                : reply?.Kind == IkeReplyKind.Notify && reply.NotifyType == expected;
            if (!matches)
            {
                var got = reply is null ? "no answer" : $"{reply.Kind} {reply.NotifyType}";
                throw daemon.Failure($"answered an IKE_SA_INIT to {address} with {got} instead of {(expected is null ? "an SA" : $"notify {expected}")}");
            }
        };

        static ResponderConnection Single(int version, string proposals) => new("rras", version, proposals);
    }
}
