using System.Security.Cryptography;
using System.Text;

namespace VpnBot.Bot.Agents;

/// <summary>
/// One-time enrolment tokens: 256 random bits, shown once in chat and stored only as a SHA-256 hash, so a copy of
/// the database enrols nobody. A hash without salt is enough here: the token is random, not a password.
/// </summary>
public static class EnrolmentTokens
{
    /// <summary>How long a token may wait to be used.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private const string Prefix = "vpnbot-enrol-";

    /// <summary>A new token and the hash to store.</summary>
    public static (string Token, string Hash) Create()
    {
        var token = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (token, Hash(token));
    }

    /// <summary>The stored form of a token as presented; null when it cannot be a token at all.</summary>
    public static string? HashOf(string? presented)
    {
        var token = presented?.Trim();
        return token is { Length: > 20 and < 200 } && token.StartsWith(Prefix, StringComparison.Ordinal) ? Hash(token) : null;
    }

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
