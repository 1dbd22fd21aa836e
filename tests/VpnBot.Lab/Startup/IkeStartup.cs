using System.Net;
using VpnBot.Lab.Daemons.StrongSwan;
using VpnBot.Lab.Ike;
using VpnBot.Lab.Network;
using VpnBot.Lab.Processes;

namespace VpnBot.Lab.Startup;

/// <summary>Starts the five charon responders and proves each one's behaviour with a real IKE_SA_INIT.</summary>
internal static class IkeStartup
{
    public const string PreSharedKey = "vpnbot-lab-pre-shared-key";
    public const string SuiteBProposal = "aes256gcm16-prfsha384-ecp384";
    public const string Modp3072Proposal = "aes128-aes192-aes256-sha256-sha384-sha512-sha1-modp3072";

    public static async Task StartAsync(StartupContext context, CancellationToken cancellationToken)
    {
        // Each is checked with a real IKE_SA_INIT: MODP-2048 alone gets an SA from the default proposals; MODP-2048
        // and MODP-3072 with a MODP-2048 key exchange find nothing in common with suite B and make the MODP-3072
        // responder ask for group 15. Behind the firewall UDP 500 is dropped on the way: bound ports are all there is.
        await Task.WhenAll(
            StartResponderAsync("strongSwan (VPN)", context.Plan.Vpn, 0, "default", [14], expected: null),
            StartResponderAsync("strongSwan (suite-B only)", context.Plan.IkeSuiteB, 2, SuiteBProposal, [14, 15], IkeSaInit.NotifyNoProposalChosen),
            StartResponderAsync("strongSwan (MODP-3072 only)", context.Plan.IkeModp3072, 2, Modp3072Proposal, [14, 15], IkeSaInit.NotifyInvalidKePayload),
            StartCookieResponderAsync(),
            StartResponderAsync("strongSwan (behind firewall)", context.Plan.IkeBehindFirewall, 0, "default", [], expected: null)).ConfigureAwait(false);

        async Task StartResponderAsync(string name, PlannedHost host, int version, string proposals, int[] probeGroups, int? expected)
        {
            var settings = new ResponderSettings(context.Plan.PathFor(host.Role), version, proposals, PreSharedKey);
            var daemon = await CharonResponder.StartAsync(name, host, settings, context.Daemons, context.Timeout, cancellationToken).ConfigureAwait(false);
            if (probeGroups.Length > 0)
            {
                await ExpectAsync(daemon, host, probeGroups, 14, expected).ConfigureAwait(false);
            }
        }

        async Task StartCookieResponderAsync()
        {
            var host = context.Plan.IkeCookie;
            var settings = new ResponderSettings(context.Plan.PathFor(host.Role), 2, "default", PreSharedKey, RequireCookies: true);
            var daemon = await CharonResponder.StartAsync("strongSwan (cookie)", host, settings, context.Daemons, context.Timeout, cancellationToken).ConfigureAwait(false);

            // The first IKE_SA_INIT opens the half-open SA that crosses the threshold; from then on: COOKIE.
            await ExpectAsync(daemon, host, [14], 14, expectedNotify: null).ConfigureAwait(false);
            await ExpectAsync(daemon, host, [14], 14, IkeSaInit.NotifyCookie).ConfigureAwait(false);
        }

        async Task ExpectAsync(Daemon daemon, PlannedHost host, int[] groups, int keGroup, int? expectedNotify)
        {
            var reply = await IkeSaInit.ExchangeAsync(new IPEndPoint(host.Address, 500), groups, keGroup, TimeSpan.FromMilliseconds(500), cancellationToken)
                .ConfigureAwait(false);
            var matches = expectedNotify is null
                ? reply?.Kind == IkeReplyKind.Handshake
                : reply?.Kind == IkeReplyKind.Notify && reply.NotifyType == expectedNotify;
            if (!matches)
            {
                var got = reply is null ? "no answer" : $"{reply.Kind} {reply.NotifyType}";
                throw daemon.Failure($"answered an IKE_SA_INIT with {got} instead of {(expectedNotify is null ? "an SA" : $"notify {expectedNotify}")}");
            }
        }
    }
}
