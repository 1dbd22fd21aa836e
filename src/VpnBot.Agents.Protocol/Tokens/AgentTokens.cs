using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace VpnBot.Agents.Protocol.Tokens;

/// <summary>
/// The short-lived token an agent connects with: a JWT (ES256) the agent signs with its own private key, which
/// never leaves the agent; the host keeps only the public key it received at enrolment. Each token is good for one
/// connection: it lives two minutes and the host remembers every token it accepted until it expires, so a
/// captured token cannot be replayed.
/// </summary>
public static class AgentTokens
{
    /// <summary>The audience every agent token is issued for.</summary>
    public const string Audience = "vpnbot-agent-hub";

    /// <summary>How long a token is valid after the agent signs it.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);

    /// <summary>Clock difference tolerated between agent and host.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(1);

    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    /// <summary>Signs a new token for <paramref name="agentName"/>.</summary>
    public static string Create(string agentName, ECDsa key, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrEmpty(agentName);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(time);
        var now = time.GetUtcNow().UtcDateTime;
        return Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = agentName,
            Audience = Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + Lifetime,
            Claims = new Dictionary<string, object>
            {
                [JwtRegisteredClaimNames.Sub] = agentName,
                [JwtRegisteredClaimNames.Jti] = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)),
            },
            SigningCredentials = new SigningCredentials(new ECDsaSecurityKey(key), SecurityAlgorithms.EcdsaSha256),
        });
    }

    /// <summary>
    /// The agent name a token claims, before anything about it is trusted: the host needs it to find the public
    /// key to check the signature with. Null when the text is not a JWT at all.
    /// </summary>
    public static string? ClaimedAgent(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 4096 || !Handler.CanReadToken(token))
        {
            return null;
        }

        try
        {
            return Handler.ReadJsonWebToken(token).Issuer is { Length: > 0 } issuer ? issuer : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// Checks a token against the agent's public key: the signature, the issuer, the audience, the lifetime (and
    /// that it is no longer than <see cref="Lifetime"/>) and that it was never accepted before.
    /// </summary>
    public static async Task<AgentTokenResult> ValidateAsync(string token, string agentName, ECDsa publicKey, ITokenReplayCache replays, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var parameters = new TokenValidationParameters
        {
            ValidIssuer = agentName,
            ValidAudience = Audience,
            IssuerSigningKey = new ECDsaSecurityKey(publicKey),
            ValidAlgorithms = [SecurityAlgorithms.EcdsaSha256],
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            LifetimeValidator = (notBefore, expires, _, _) => WithinLifetime(notBefore, expires, time.GetUtcNow().UtcDateTime),
            ValidateTokenReplay = true,
            TokenReplayCache = replays,
        };

        var result = await Handler.ValidateTokenAsync(token, parameters).ConfigureAwait(false);
        return result.IsValid
            ? AgentTokenResult.Accepted(agentName)
            : AgentTokenResult.Refused(Reason(result.Exception));
    }

    private static bool WithinLifetime(DateTime? notBefore, DateTime? expires, DateTime now) =>
        notBefore is { } from
        && expires is { } until
        && until - from <= Lifetime
        && from <= now + ClockSkew
        && now - ClockSkew < until;

    // Short and fixed: the reason goes to the host's log and must not echo the token.
    private static string Reason(Exception? exception) => exception switch
    {
        SecurityTokenReplayDetectedException or SecurityTokenReplayAddFailedException => "the token was already used",
        SecurityTokenInvalidSignatureException or SecurityTokenSignatureKeyNotFoundException => "the signature does not match the agent's key",
        SecurityTokenInvalidLifetimeException or SecurityTokenExpiredException or SecurityTokenNotYetValidException => "the token is expired, not yet valid or too long-lived",
        SecurityTokenInvalidAudienceException => "the token is for another audience",
        SecurityTokenInvalidIssuerException => "the token names another agent",
        _ => "the token is not valid",
    };
}

/// <summary>The outcome of checking an agent token.</summary>
public sealed record AgentTokenResult(bool Ok, string? Agent, string? Problem)
{
    public static AgentTokenResult Accepted(string agent) => new(true, agent, null);

    public static AgentTokenResult Refused(string problem) => new(false, null, problem);
}
