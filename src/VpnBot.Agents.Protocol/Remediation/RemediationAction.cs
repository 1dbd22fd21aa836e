namespace VpnBot.Agents.Protocol.Remediation;

/// <summary>
/// Everything an agent can be asked to change on the server. Each member is one fixed command on the agent;
/// nothing about it (program, arguments) comes from chat, configuration or the host.
/// </summary>
public enum RemediationAction
{
    /// <summary>Restart the Routing and Remote Access service (RemoteAccess).</summary>
    RestartRemoteAccess,

    /// <summary>Re-register this server's DNS records (<c>ipconfig /registerdns</c>).</summary>
    RegisterDns,

    /// <summary>Clear the cache of the Windows DNS Server service on this machine.</summary>
    ClearDnsServerCache,
}

/// <summary>The words IT types and cards carry for each action; anything else is not an action.</summary>
public static class RemediationActions
{
    private static readonly Dictionary<string, RemediationAction> ByWord = new(StringComparer.Ordinal)
    {
        ["restart-rras"] = RemediationAction.RestartRemoteAccess,
        ["register-dns"] = RemediationAction.RegisterDns,
        ["clear-dns-cache"] = RemediationAction.ClearDnsServerCache,
    };

    public static IReadOnlyCollection<string> Words => ByWord.Keys;

    public static bool TryParse(string? word, out RemediationAction action) => ByWord.TryGetValue(word ?? string.Empty, out action);

    public static string Word(RemediationAction action) => ByWord.First(p => p.Value == action).Key;
}
