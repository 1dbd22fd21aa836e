using System.Net;

namespace VpnBot.Lab.Daemons.StrongSwan;

/// <summary>One charon responder: its folder, the connections it answers, and whether it demands cookies.</summary>
/// <param name="Directory">Its folder (configuration, and the private /run holding its pid file and vici socket).</param>
/// <param name="Connections">Its swanctl connections; with several, each is bound to one local address.</param>
/// <param name="PreSharedKey">The pre-shared key it accepts.</param>
/// <param name="RequireCookies">DoS protection with a threshold of one half-open SA: COOKIE for everyone once one is open.</param>
/// <param name="SendVendorId">Send strongSwan's own Vendor ID payload, as Windows sends its own.</param>
internal sealed record ResponderSettings(
    string Directory, IReadOnlyList<ResponderConnection> Connections, string PreSharedKey, bool RequireCookies = false, bool SendVendorId = false)
{
    public string RunDirectory => Path.Combine(Directory, "run");

    public string ViciSocket => Path.Combine(RunDirectory, "charon.vici");

    public string StrongSwanConf => Path.Combine(Directory, "strongswan.conf");

    public string SwanctlConf => Path.Combine(Directory, "swanctl.conf");
}

/// <summary>A swanctl connection of a responder.</summary>
/// <param name="Name">The connection's name.</param>
/// <param name="Version">swanctl <c>version</c>: 0 answers IKEv1 and IKEv2, 1 IKEv1 only, 2 IKEv2 only.</param>
/// <param name="Proposals">swanctl IKE <c>proposals</c> (<c>default</c>, or an explicit list).</param>
/// <param name="LocalAddress">The address it answers on (<c>local_addrs</c>); null for any.</param>
internal sealed record ResponderConnection(string Name, int Version, string Proposals, IPAddress? LocalAddress = null);
