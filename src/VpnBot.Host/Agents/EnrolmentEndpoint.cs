using System.Text.Json;
using VpnBot.Agents.Protocol.Messages;
using VpnBot.Agents.Protocol.Tokens;
using VpnBot.Bot.Agents;
using VpnBot.Bot.Storage;

namespace VpnBot.Host.Agents;

/// <summary>
/// <c>POST /agents/enrol</c>: an agent presents its one-time token and its new public key, and gets its name and
/// site. Every refusal of the token reads the same, so the answer tells a guesser nothing.
/// </summary>
internal static partial class EnrolmentEndpoint
{
    public const long MaxBodyBytes = 8 * 1024;

    public static async Task<IResult> HandleAsync(HttpContext http, IAgentStore store, TimeProvider time, ILogger<AgentHub> logger)
    {
        EnrolmentRequest? request;
        try
        {
            request = await http.Request.ReadFromJsonAsync<EnrolmentRequest>(http.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception failure) when (failure is JsonException or InvalidOperationException or BadHttpRequestException)
        {
            return Problem(StatusCodes.Status400BadRequest, "the body must be JSON with token and publicKey");
        }

        if (request is null || string.IsNullOrWhiteSpace(request.Token) || string.IsNullOrWhiteSpace(request.PublicKey))
        {
            return Problem(StatusCodes.Status400BadRequest, "token and publicKey are required");
        }

        using (var key = AgentKeys.ReadPublicKey(request.PublicKey))
        {
            if (key is null)
            {
                return Problem(StatusCodes.Status400BadRequest, "publicKey must be an ECDSA P-256 public key (SubjectPublicKeyInfo, base64)");
            }
        }

        var hash = EnrolmentTokens.HashOf(request.Token);
        var agent = hash is null ? null : await store.CompleteEnrolmentAsync(hash, request.PublicKey, time.GetUtcNow(), http.RequestAborted).ConfigureAwait(false);
        if (agent is null)
        {
            LogRefused(logger, http.Connection.RemoteIpAddress);
            return Problem(StatusCodes.Status401Unauthorized, "the token is unknown, already used or expired");
        }

        LogEnrolled(logger, agent.Name, agent.Site, http.Connection.RemoteIpAddress);
        return Results.Ok(new EnrolmentResponse(agent.Name, agent.Site));
    }

    private static IResult Problem(int status, string error) => Results.Json(new AgentProblem(error), statusCode: status);

    [LoggerMessage(Level = LogLevel.Information, Message = "Agent {Agent} of site {Site} enrolled from {Address}")]
    private static partial void LogEnrolled(ILogger logger, string agent, string site, System.Net.IPAddress? address);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an enrolment from {Address}: the token is unknown, used or expired")]
    private static partial void LogRefused(ILogger logger, System.Net.IPAddress? address);
}
