namespace VpnBot.Diagnostics.Probes.Ike.Ikev1;

/// <summary>The Main Mode transforms the probe proposes, in order of preference.</summary>
internal sealed record Ikev1Offer(IReadOnlyList<Ikev1Transform> Transforms)
{
    /// <summary>
    /// The offer spelled out in <see cref="IkeDefaultOffers.Ikev1"/>: AES-256, AES-128, 3DES × SHA2-256, SHA1 ×
    /// MODP_2048, MODP_1024 × pre-shared key, RSA signature; 24 transforms, each with an 8-hour lifetime.
    /// </summary>
    public static Ikev1Offer Default { get; } = new(Build());

    /// <summary>The offer in the notation of <see cref="IkeDefaultOffers"/>.</summary>
    public string Describe()
    {
        static string Alternatives(IEnumerable<string> names) => string.Join('|', names.Distinct());
        return string.Join(
            " × ",
            Alternatives(Transforms.Select(t => new Ikev1Transform { Encryption = t.Encryption, KeyLength = t.KeyLength }.Describe())),
            Alternatives(Transforms.Select(t => Ikev1Names.Hash(t.Hash ?? 0))),
            Alternatives(Transforms.Select(t => Ikev1Names.Group(t.Group ?? 0))),
            Alternatives(Transforms.Select(t => Ikev1Names.Authentication(t.Authentication ?? 0))));
    }

    private static List<Ikev1Transform> Build()
    {
        (ushort Id, ushort? Bits)[] ciphers = [(7, 256), (7, 128), (5, null)];
        ushort[] hashes = [4, 2];
        ushort[] groups = [14, 2];
        ushort[] authentications = [1, 3];
        var transforms = new List<Ikev1Transform>();
        foreach (var (cipher, bits) in ciphers)
        {
            foreach (var hash in hashes)
            {
                foreach (var group in groups)
                {
                    foreach (var authentication in authentications)
                    {
                        transforms.Add(new Ikev1Transform
                        {
                            Encryption = cipher,
                            KeyLength = bits,
                            Hash = hash,
                            Authentication = authentication,
                            Group = group,
                            LifeType = Ikev1Attribute.LifeTypeSeconds,
                            LifeDuration = Ikev1Constants.LifetimeSeconds,
                        });
                    }
                }
            }
        }

        return transforms;
    }
}
