namespace VpnBot.Lab.Daemons.StrongSwan;

/// <summary>One charon responder: its folder, which IKE versions and proposals it accepts, and whether it demands cookies.</summary>
/// <param name="Directory">Its folder (configuration, and the private /run holding its pid file and vici socket).</param>
/// <param name="Version">swanctl <c>version</c>: 0 answers IKEv1 and IKEv2, 2 answers IKEv2 only.</param>
/// <param name="Proposals">swanctl IKE <c>proposals</c> (<c>default</c>, or an explicit list).</param>
/// <param name="PreSharedKey">The pre-shared key it accepts.</param>
/// <param name="RequireCookies">DoS protection with a threshold of one half-open SA: COOKIE for everyone once one is open.</param>
internal sealed record ResponderSettings(string Directory, int Version, string Proposals, string PreSharedKey, bool RequireCookies = false)
{
    public string RunDirectory => Path.Combine(Directory, "run");

    public string ViciSocket => Path.Combine(RunDirectory, "charon.vici");

    public string StrongSwanConf => Path.Combine(Directory, "strongswan.conf");

    public string SwanctlConf => Path.Combine(Directory, "swanctl.conf");
}
