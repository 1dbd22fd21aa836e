namespace VpnBot.Windows.RrasConfig;

/// <summary>
/// The VPN configuration <c>Get-RemoteAccess</c> reports (the RemoteAccess CIM class and the VPN settings the
/// cmdlet adds), as far as the checks read it. Values keep the cmdlet's own words (<c>Installed</c>,
/// <c>StaticPool</c>) so evidence reads like the PowerShell an admin would run.
/// </summary>
internal sealed record RemoteAccessConfig
{
    /// <summary><c>Installed</c> when remote access VPN is deployed, <c>Uninstalled</c> otherwise.</summary>
    public string? VpnStatus { get; init; }

    public string? VpnS2SStatus { get; init; }

    public string? DAStatus { get; init; }

    public string? RoutingStatus { get; init; }

    public string? SstpProxyStatus { get; init; }

    /// <summary>SSTP over plain HTTP behind a load balancer that ends TLS (then the server binds no SSTP certificate).</summary>
    public string? UseHttp { get; init; }

    public string? ConnectToAddress { get; init; }

    public string? InternetInterface { get; init; }

    public string? InternalInterface { get; init; }

    /// <summary><c>StaticPool</c> or <c>Dhcp</c>.</summary>
    public string? IPAssignmentMethod { get; init; }

    /// <summary>The static pool's ranges (<c>10.1.1.10 - 10.1.1.30</c>).</summary>
    public IReadOnlyList<string> IPAddressRanges { get; init; } = [];

    /// <summary><c>Windows</c> or <c>Radius</c>.</summary>
    public string? AuthenticationType { get; init; }

    /// <summary>The certificate the SSTP listener is bound to.</summary>
    public SslCertificateInfo? SslCertificate { get; init; }

    /// <summary>
    /// Ports per tunnel type (<c>Ikev2</c>, <c>Sstp</c>, <c>L2tp</c>, <c>Pptp</c>) when the output carries them
    /// (<c>Ikev2Ports</c>…, as Get-VpnServerConfiguration names them); 0 means the tunnel type is off.
    /// </summary>
    public IReadOnlyDictionary<string, int> TunnelPorts { get; init; } = new Dictionary<string, int>();

    public bool VpnInstalled => string.Equals(VpnStatus, "Installed", StringComparison.OrdinalIgnoreCase);

    public bool SstpOverHttp => UseHttp is { } value
        && (value.Equals("Enabled", StringComparison.OrdinalIgnoreCase) || value.Equals("True", StringComparison.OrdinalIgnoreCase) || value == "1");
}

/// <summary>The facts of the SSTP certificate that matter to a client: who it is for, who issued it, until when.</summary>
internal sealed record SslCertificateInfo(
    string? Thumbprint,
    string? Subject,
    string? Issuer,
    DateTimeOffset? NotBefore,
    DateTimeOffset? NotAfter,
    IReadOnlyList<string> DnsNames,
    string? CommonName)
{
    /// <summary>Issued by itself: RRAS's default when no certificate was chosen; clients trust it only if told to.</summary>
    public bool SelfSigned => Subject is { Length: > 0 } && string.Equals(Subject, Issuer, StringComparison.OrdinalIgnoreCase);
}
