namespace VpnBot.Diagnostics.Probes.Ike.Ikev1;

/// <summary>IKEv1/ISAKMP wire values used by the probe (RFC 2408, RFC 2407, RFC 2409 Appendix A).</summary>
internal static class Ikev1Constants
{
    /// <summary>RFC 2408 §3.1: ISAKMP major version 1.</summary>
    public const byte MajorVersion = 1;

    /// <summary>RFC 2408 §3.1 / RFC 2409 §5: Identity Protection, the exchange Main Mode uses.</summary>
    public const byte MainMode = 2;

    /// <summary>RFC 2408 §3.1: Informational exchange (how NO-PROPOSAL-CHOSEN comes back).</summary>
    public const byte Informational = 5;

    /// <summary>RFC 2407 §4.2: the IPsec domain of interpretation.</summary>
    public const uint DoiIpsec = 1;

    /// <summary>RFC 2407 §4.2.1: SIT_IDENTITY_ONLY.</summary>
    public const uint SituationIdentityOnly = 1;

    /// <summary>RFC 2407 §4.4.1: PROTO_ISAKMP.</summary>
    public const byte ProtocolIsakmp = 1;

    /// <summary>RFC 2407 §4.4.2: KEY_IKE, the only transform of PROTO_ISAKMP.</summary>
    public const byte KeyIke = 1;

    /// <summary>RFC 2409 Appendix A: a life duration of 8 hours, what Windows uses for Main Mode.</summary>
    public const ushort LifetimeSeconds = 28800;
}

/// <summary>RFC 2408 §3.1 payload types (and RFC 3947 §3.2 NAT-D).</summary>
internal static class Ikev1Payload
{
    public const byte SecurityAssociation = 1;
    public const byte Proposal = 2;
    public const byte Transform = 3;
    public const byte Notification = 11;
    public const byte VendorId = 13;
}

/// <summary>RFC 2409 Appendix A attribute classes.</summary>
internal static class Ikev1Attribute
{
    public const ushort Encryption = 1;
    public const ushort Hash = 2;
    public const ushort Authentication = 3;
    public const ushort Group = 4;
    public const ushort LifeType = 11;
    public const ushort LifeDuration = 12;
    public const ushort KeyLength = 14;

    /// <summary>RFC 2409 Appendix A: life type "seconds".</summary>
    public const ushort LifeTypeSeconds = 1;
}

/// <summary>RFC 2408 §3.14.1 notify message types the probe acts on.</summary>
internal static class Ikev1Notify
{
    public const ushort NoProposalChosen = 14;

    /// <summary>RFC 2408 §3.14.1: 1–8191 are errors; above are status messages.</summary>
    public const ushort LastError = 8191;
}
