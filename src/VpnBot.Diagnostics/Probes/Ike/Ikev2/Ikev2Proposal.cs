namespace VpnBot.Diagnostics.Probes.Ike.Ikev2;

/// <summary>One proposal of an SA payload (RFC 7296 §3.3.1) with its transforms in wire order.</summary>
internal sealed record Ikev2Proposal(byte Number, byte ProtocolId, byte[] Spi, IReadOnlyList<Ikev2Transform> Transforms)
{
    /// <summary>The transforms of one type, in wire order.</summary>
    public IEnumerable<Ikev2Transform> OfType(byte type) => Transforms.Where(t => t.Type == type);

    /// <summary>
    /// The proposal as strongSwan logs it: encryption/integrity/PRF/group, e.g.
    /// <c>AES_CBC-256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048</c>; several transforms of one type are joined with <c>|</c>.
    /// </summary>
    public string Describe()
    {
        byte[] order = [Ikev2TransformType.Encryption, Ikev2TransformType.Integrity, Ikev2TransformType.Prf, Ikev2TransformType.DiffieHellman];
        var parts = order
            .Select(type => string.Join('|', OfType(type).Select(t => t.ToString())))
            .Concat(Transforms.Where(t => !order.Contains(t.Type)).Select(t => t.ToString()))
            .Where(part => part.Length > 0);
        return string.Join('/', parts);
    }
}
