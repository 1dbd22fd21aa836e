using System.Net;
using System.Net.WebSockets;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using VpnBot.Agent.Credentials;
using VpnBot.Agents.Protocol;
using VpnBot.Agents.Protocol.Tokens;

namespace VpnBot.Agent.Connection;

/// <summary>
/// Builds the agent's SignalR connection: WebSockets only, no negotiate round trip, so every connection attempt
/// is exactly one request carrying exactly one freshly signed token (the host accepts each token once).
/// </summary>
internal static class HubLink
{
    public static HubConnection Build(Uri hostUrl, AgentCredential credential, IRetryPolicy retry, HostTrust trust, TimeProvider time) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(hostUrl, AgentRoutes.Hub), options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
                options.WebSocketFactory = (context, cancellationToken) => ConnectAsync(context.Uri, credential, trust, time, cancellationToken);
            })
            .WithAutomaticReconnect(retry)
            .Build();

    // The factory (rather than an access-token provider) lets the agent see the HTTP status of a refused upgrade,
    // and tell "the host is away" (keep trying) from "the host refuses this agent" (stop and say so).
    private static async ValueTask<WebSocket> ConnectAsync(Uri uri, AgentCredential credential, HostTrust trust, TimeProvider time, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        socket.Options.RemoteCertificateValidationCallback = trust.Validate;
        socket.Options.SetRequestHeader("Authorization", "Bearer " + AgentTokens.Create(credential.Name, credential.Key, time));
        try
        {
            await socket.ConnectAsync(uri, cancellationToken).ConfigureAwait(false);
            return socket;
        }
        catch (WebSocketException) when (socket.HttpStatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            var status = socket.HttpStatusCode;
            socket.Dispose();
            throw new AgentRefusedException(status);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}

/// <summary>The host answered the agent's connection with 401 or 403: the credential is unknown or revoked.</summary>
internal sealed class AgentRefusedException(HttpStatusCode status)
    : Exception($"The bot host refused this agent's credential ({(int)status}).")
{
    public HttpStatusCode Status { get; } = status;
}
