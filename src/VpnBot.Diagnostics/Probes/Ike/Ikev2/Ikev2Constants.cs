namespace VpnBot.Diagnostics.Probes.Ike.Ikev2;

/// <summary>IKEv2 wire values used by the probe (RFC 7296 §3 and the IANA "IKEv2 Parameters" registry).</summary>
internal static class Ikev2Constants
{
    /// <summary>RFC 7296 §3.1: major version 2.</summary>
    public const byte MajorVersion = 2;

    /// <summary>RFC 7296 §3.1: exchange type IKE_SA_INIT.</summary>
    public const byte IkeSaInit = 34;

    /// <summary>RFC 7296 §3.3.1: protocol id of an IKE SA proposal.</summary>
    public const byte ProtocolIke = 1;

    /// <summary>RFC 7296 §3.3.5: Key Length attribute (type 14) in TV form (AF bit set).</summary>
    public const ushort KeyLengthAttribute = 0x800E;

    /// <summary>RFC 7296 §3.10.1: Notify types below this are errors; from it on they carry status.</summary>
    public const ushort FirstStatusNotify = 16384;
}

/// <summary>RFC 7296 §3.2 payload types.</summary>
internal static class Ikev2Payload
{
    public const byte SecurityAssociation = 33;
    public const byte KeyExchange = 34;
    public const byte CertificateRequest = 38;
    public const byte Nonce = 40;
    public const byte Notify = 41;
    public const byte VendorId = 43;
    public const byte Encrypted = 46;
}

/// <summary>RFC 7296 §3.3.2 transform types.</summary>
internal static class Ikev2TransformType
{
    public const byte Encryption = 1;
    public const byte Prf = 2;
    public const byte Integrity = 3;
    public const byte DiffieHellman = 4;
}

/// <summary>Notify message types the probe acts on (RFC 7296 §3.10.1, RFC 7383 §2.3, RFC 7427 §4).</summary>
internal static class Ikev2Notify
{
    public const ushort UnsupportedCriticalPayload = 1;
    public const ushort InvalidMajorVersion = 5;
    public const ushort InvalidSyntax = 7;
    public const ushort NoProposalChosen = 14;
    public const ushort InvalidKePayload = 17;
    public const ushort TemporaryFailure = 43;
    public const ushort NatDetectionSourceIp = 16388;
    public const ushort NatDetectionDestinationIp = 16389;
    public const ushort Cookie = 16390;
    public const ushort Ikev2FragmentationSupported = 16430;
}
