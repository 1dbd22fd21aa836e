using System.Collections.Concurrent;
using Microsoft.IdentityModel.Tokens;

namespace VpnBot.Agents.Protocol.Tokens;

/// <summary>
/// Every agent token accepted and not yet expired. Tokens live two minutes and an agent connects a handful of
/// times an hour, so the set stays small; expired entries are dropped as new ones arrive.
/// </summary>
public sealed class ReplayCache(TimeProvider time) : ITokenReplayCache
{
    private readonly ConcurrentDictionary<string, DateTime> _seen = new(StringComparer.Ordinal);

    public bool TryAdd(string securityToken, DateTime expiresOn)
    {
        Prune();

        // Kept past the expiry by the clock skew the validator tolerates, so a token is never both expired-but-
        // accepted and forgotten.
        return _seen.TryAdd(securityToken, expiresOn + AgentTokens.ClockSkew);
    }

    public bool TryFind(string securityToken) => _seen.ContainsKey(securityToken);

    public int Count => _seen.Count;

    private void Prune()
    {
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var (token, until) in _seen)
        {
            if (until < now)
            {
                _seen.TryRemove(token, out _);
            }
        }
    }
}
