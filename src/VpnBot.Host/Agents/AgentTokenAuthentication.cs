using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using VpnBot.Agents.Protocol;
using VpnBot.Agents.Protocol.Tokens;
using VpnBot.Bot.Storage;
using VpnBot.Diagnostics.Configuration;

namespace VpnBot.Host.Agents;

/// <summary>
/// Authenticates an agent's connection to the hub: a token the agent signed with its own key (see
/// <see cref="AgentTokens"/>), checked against the public key it enrolled with. Unknown, not yet enrolled and
/// revoked agents, forged signatures and replayed tokens are refused with 401; the log says which and for which
/// agent, never the token.
/// </summary>
internal sealed partial class AgentTokenAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    IAgentStore store,
    ReplayCache replays,
    TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    public const string SchemeName = "AgentToken";

    public const string SiteClaim = "vpnbot:site";

    private const string Bearer = "Bearer ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        // ASP.NET Core makes a lone scheme the default for every request: Teams' own requests to /api/messages
        // carry Bot Framework tokens, which are not this handler's business (the adapter checks them).
        if (!Request.Path.StartsWithSegments(AgentRoutes.Hub))
        {
            return AuthenticateResult.NoResult();
        }

        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase))
        {
            return Refuse("-", "no bearer token");
        }

        var token = header[Bearer.Length..].Trim();
        var claimed = AgentTokens.ClaimedAgent(token);
        if (claimed is null || !SiteNames.IsValid(claimed))
        {
            return Refuse("-", "not an agent token");
        }

        var agent = await store.FindAgentAsync(SiteNames.Normalize(claimed), Context.RequestAborted).ConfigureAwait(false);
        if (agent is null || !agent.IsEnrolled)
        {
            return Refuse(claimed, "no enrolled agent has this name");
        }

        if (agent.IsRevoked)
        {
            return Refuse(agent.Name, "the agent is revoked");
        }

        using var key = AgentKeys.ReadPublicKey(agent.PublicKey);
        if (key is null)
        {
            return Refuse(agent.Name, "its stored public key is unreadable");
        }

        var result = await AgentTokens.ValidateAsync(token, agent.Name, key, replays, time).ConfigureAwait(false);
        if (!result.Ok)
        {
            return Refuse(agent.Name, result.Problem!);
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, agent.Name), new Claim(SiteClaim, agent.Site)], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    private AuthenticateResult Refuse(string agent, string reason)
    {
        LogRefused(Logger, agent, reason, Context.Connection.RemoteIpAddress);
        return AuthenticateResult.Fail(reason);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an agent connection (agent {Agent}) from {Address}: {Reason}")]
    private static partial void LogRefused(ILogger logger, string agent, string reason, System.Net.IPAddress? address);
}
