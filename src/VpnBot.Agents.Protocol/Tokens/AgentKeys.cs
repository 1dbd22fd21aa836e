using System.Security.Cryptography;

namespace VpnBot.Agents.Protocol.Tokens;

/// <summary>The agent's key pair: ECDSA on P-256, the public half exchanged as SubjectPublicKeyInfo in base64.</summary>
public static class AgentKeys
{
    public static ECDsa Create() => ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public static string PublicKeyText(ECDsa key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Convert.ToBase64String(key.ExportSubjectPublicKeyInfo());
    }

    /// <summary>Reads a public key as sent at enrolment; null unless it is a P-256 key.</summary>
    public static ECDsa? ReadPublicKey(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 1024)
        {
            return null;
        }

        var key = ECDsa.Create();
        try
        {
            key.ImportSubjectPublicKeyInfo(Convert.FromBase64String(text), out _);
            if (key.KeySize == 256 && key.ExportParameters(false).Curve.Oid.Value == ECCurve.NamedCurves.nistP256.Oid.Value)
            {
                return key;
            }
        }
        catch (Exception failure) when (failure is FormatException or CryptographicException)
        {
            // Falls through: not a key.
        }

        key.Dispose();
        return null;
    }
}
