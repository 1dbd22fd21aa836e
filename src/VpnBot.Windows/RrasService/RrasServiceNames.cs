namespace VpnBot.Windows.RrasService;

/// <summary>The services an RRAS VPN server needs, by service name (what <c>sc.exe</c> and Get-Service take).</summary>
internal static class RrasServiceNames
{
    /// <summary>Routing and Remote Access: every tunnel type ends here.</summary>
    public const string RemoteAccess = "RemoteAccess";

    /// <summary>IKE and AuthIP IPsec Keying Modules: IKEv2 and the IKEv1 under L2TP/IPsec negotiate through it.</summary>
    public const string Ikeext = "IKEEXT";

    /// <summary>Base Filtering Engine: IPsec and the Windows Firewall sit on it; IKEEXT does not run without it.</summary>
    public const string Bfe = "BFE";
}
