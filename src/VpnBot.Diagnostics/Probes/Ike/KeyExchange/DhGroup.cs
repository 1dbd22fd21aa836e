using VpnBot.Diagnostics.Probes.Ike.Ikev2;

namespace VpnBot.Diagnostics.Probes.Ike.KeyExchange;

/// <summary>
/// A Diffie-Hellman group the probe can send a real public value for. Responders check the Key
/// Exchange payload's length (and often the value) before answering, so a probe with a placeholder
/// value would measure the responder's input checks instead of its policy.
/// </summary>
internal abstract class DhGroup
{
    protected DhGroup(ushort id) => Id = id;

    /// <summary>The IANA transform id (RFC 7296 §3.3.2), which is also the IKEv1 group description (RFC 2409 Appendix A).</summary>
    public ushort Id { get; }

    public string Name => Ikev2Names.Group(Id);

    /// <summary>Length of the public value in a Key Exchange payload.</summary>
    public abstract int PublicValueLength { get; }

    /// <summary>A fresh public value from a fresh private key.</summary>
    public abstract byte[] CreatePublicValue();

    /// <summary>The group with <paramref name="id"/> if the probe can produce its public value.</summary>
    public static DhGroup? Find(ushort id) => id switch
    {
        2 => ModpGroup.Modp1024,
        14 => ModpGroup.Modp2048,
        19 => EcpGroup.Ecp256,
        20 => EcpGroup.Ecp384,
        _ => null,
    };
}
