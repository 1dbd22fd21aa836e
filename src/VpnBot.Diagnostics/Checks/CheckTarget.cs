using System.Net;
using System.Security.Cryptography.X509Certificates;

namespace VpnBot.Diagnostics.Checks;

/// <summary>
/// A validated description of one VPN endpoint to check. Built from the command line or from an
/// <see cref="Configuration.EndpointOptions"/> by <see cref="Configuration.CheckTargetFactory"/>, so every
/// value here is already well-formed.
/// </summary>
public sealed record CheckTarget
{
    /// <summary>The endpoint's configured name, or the FQDN when checked ad hoc.</summary>
    public required string Name { get; init; }

    /// <summary>The name clients dial, in ASCII (IDN converted to punycode), without a trailing dot.</summary>
    public required string Fqdn { get; init; }

    public VpnProtocols Protocols { get; init; } = VpnProtocols.All;

    /// <summary>Internal, authoritative DNS servers for the zone.</summary>
    public IReadOnlyList<IPEndPoint> InternalDns { get; init; } = [];

    /// <summary>Resolvers as the internet sees them (public DNS, the ISP's resolver).</summary>
    public IReadOnlyList<IPEndPoint> ExternalDns { get; init; } = [];

    /// <summary>Caching resolvers on the client path (site resolvers, router caches).</summary>
    public IReadOnlyList<IPEndPoint> Resolvers { get; init; } = [];

    /// <summary>Addresses the name must have inside the network.</summary>
    public IReadOnlyList<IPAddress> ExpectAddresses { get; init; } = [];

    /// <summary>Addresses the name must have on the internet.</summary>
    public IReadOnlyList<IPAddress> PublicAddresses { get; init; } = [];

    /// <summary>Address the probes dial; when absent, the name is resolved first.</summary>
    public IPAddress? Address { get; init; }

    public VpnPorts Ports { get; init; } = VpnPorts.Default;

    /// <summary>Extra trusted roots for <c>cert.chain</c>, beside the system store.</summary>
    public IReadOnlyList<X509Certificate2> TrustedRoots { get; init; } = [];

    /// <summary>A certificate given as a file, checked instead of the one the TLS endpoint presents.</summary>
    public CertificateFile? CertificateFile { get; init; }

    public CheckThresholds Thresholds { get; init; } = CheckThresholds.Default;

    public bool Offers(VpnProtocols protocol) => (Protocols & protocol) != 0;
}

/// <summary>A PEM file read at validation time: the leaf first, then any intermediates in the file.</summary>
public sealed record CertificateFile(string Path, X509Certificate2 Leaf, IReadOnlyList<X509Certificate2> Intermediates);
