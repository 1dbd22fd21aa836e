using System.Globalization;

namespace VpnBot.Diagnostics.Probes.Ike.Ikev1;

/// <summary>A KEY_IKE transform's attributes (RFC 2409 Appendix A): what one Main Mode policy consists of.</summary>
internal sealed record Ikev1Transform
{
    public ushort? Encryption { get; init; }

    public ushort? KeyLength { get; init; }

    public ushort? Hash { get; init; }

    public ushort? Authentication { get; init; }

    public ushort? Group { get; init; }

    public ushort? LifeType { get; init; }

    /// <summary>The life duration; variable-length attributes longer than 8 bytes are not kept.</summary>
    public ulong? LifeDuration { get; init; }

    /// <summary>The transform as <c>AES_CBC-256/SHA1/MODP_2048/PSK</c>; missing attributes are left out.</summary>
    public string Describe()
    {
        var parts = new List<string>(4);
        if (Encryption is { } encryption)
        {
            var name = Ikev1Names.Encryption(encryption);
            parts.Add(KeyLength is { } bits ? string.Create(CultureInfo.InvariantCulture, $"{name}-{bits}") : name);
        }

        if (Hash is { } hash)
        {
            parts.Add(Ikev1Names.Hash(hash));
        }

        if (Group is { } group)
        {
            parts.Add(Ikev1Names.Group(group));
        }

        if (Authentication is { } authentication)
        {
            parts.Add(Ikev1Names.Authentication(authentication));
        }

        return string.Join('/', parts);
    }
}
