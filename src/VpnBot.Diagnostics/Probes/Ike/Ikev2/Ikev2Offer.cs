namespace VpnBot.Diagnostics.Probes.Ike.Ikev2;

/// <summary>The transforms of the probe's single IKE proposal (RFC 7296 §3.3: one proposal may carry several transforms of each type).</summary>
internal sealed record Ikev2Offer(IReadOnlyList<Ikev2Transform> Transforms)
{
    /// <summary>The offer spelled out in <see cref="IkeDefaultOffers.Ikev2"/>.</summary>
    public static Ikev2Offer Default { get; } = new(
    [
        Ikev2Transform.Encryption(12, 256),
        Ikev2Transform.Encryption(12, 128),
        Ikev2Transform.Encryption(3),
        Ikev2Transform.Prf(5),
        Ikev2Transform.Prf(6),
        Ikev2Transform.Prf(2),
        Ikev2Transform.Integrity(12),
        Ikev2Transform.Integrity(13),
        Ikev2Transform.Integrity(2),
        Ikev2Transform.DiffieHellman(14),
        Ikev2Transform.DiffieHellman(2),
        Ikev2Transform.DiffieHellman(19),
        Ikev2Transform.DiffieHellman(20),
    ]);

    /// <summary>The offered Diffie-Hellman groups in order of preference; the Key Exchange payload is for the first.</summary>
    public IReadOnlyList<ushort> Groups => [.. Transforms.Where(t => t.Type == Ikev2TransformType.DiffieHellman).Select(t => t.Id)];

    public bool OffersGroup(ushort group) => Groups.Contains(group);

    /// <summary>The offer in the notation of <see cref="IkeDefaultOffers"/>.</summary>
    public string Describe() => new Ikev2Proposal(1, Ikev2Constants.ProtocolIke, [], Transforms).Describe();
}
