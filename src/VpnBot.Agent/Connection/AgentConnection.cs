using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VpnBot.Agent.Configuration;
using VpnBot.Agent.Credentials;
using VpnBot.Agent.Plans;
using VpnBot.Agent.Remediation;
using VpnBot.Agents.Protocol;
using VpnBot.Agents.Protocol.Messages;
using VpnBot.Agents.Protocol.Remediation;

namespace VpnBot.Agent.Connection;

/// <summary>
/// Keeps the agent connected to the host: enrols on first start, connects, announces itself, answers plans, and
/// after any drop reconnects and announces again, for as long as the host is away. Stops the service (exit code
/// <see cref="ExitCodes.Configuration"/>) when the setup is wrong or the host refuses the agent, since retrying
/// cannot fix either.
/// </summary>
internal sealed partial class AgentConnection(
    Enroller enroller,
    PlanExecutor plans,
    RemediationRunner remediations,
    Announcement announcement,
    HostTrust trust,
    IOptions<AgentOptions> options,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<AgentConnection> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        AgentCredential credential;
        try
        {
            credential = await enroller.GetAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (Exception failure) when (failure is AgentSetupException or InvalidOperationException)
        {
            LogSetupFailed(logger, failure.Message);
            Stop();
            return;
        }

        using (credential)
        {
            await StayConnectedAsync(credential, stoppingToken).ConfigureAwait(false);
        }
    }

    private async Task StayConnectedAsync(AgentCredential credential, CancellationToken stoppingToken)
    {
        var hostUrl = options.Value.HostUrl!;
        var retry = new ReconnectPolicy(options.Value.MaxReconnectDelay);
        var connection = HubLink.Build(hostUrl, credential, retry, trust, time);
        await using (connection.ConfigureAwait(false))
        {
            connection.On<PlanRequest>(nameof(IAgentClient.RunPlan), request => OnRunPlan(connection, request, stoppingToken));
            connection.On<string>(nameof(IAgentClient.CancelPlan), runId => plans.Cancel(runId));
            connection.On<RemediationRequest, RemediationResult>(nameof(IAgentClient.RunRemediation), request => remediations.RunAsync(request, stoppingToken));
            connection.Reconnecting += failure =>
            {
                LogReconnecting(logger, hostUrl, failure?.Message ?? "the connection closed");
                return Task.CompletedTask;
            };
            connection.Reconnected += _ => AnnounceAsync(connection, credential, stoppingToken);

            var attempts = 0L;
            while (!stoppingToken.IsCancellationRequested)
            {
                // Closed fires only once automatic reconnection has given up (a refusal) or on a drop during start.
                var closed = new TaskCompletionSource<Exception?>(TaskCreationOptions.RunContinuationsAsynchronously);
                Task OnClosed(Exception? failure)
                {
                    closed.TrySetResult(failure);
                    return Task.CompletedTask;
                }

                connection.Closed += OnClosed;
                try
                {
                    await connection.StartAsync(stoppingToken).ConfigureAwait(false);
                    attempts = 0;
                    await AnnounceAsync(connection, credential, stoppingToken).ConfigureAwait(false);
                    var failure = await closed.Task.WaitAsync(stoppingToken).ConfigureAwait(false);
                    if (ReconnectPolicy.IsRefusal(failure))
                    {
                        Refused(credential, hostUrl);
                        return;
                    }
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception failure) when (ReconnectPolicy.IsRefusal(failure))
                {
                    Refused(credential, hostUrl);
                    return;
                }
#pragma warning disable CA1031 // Any other failure to connect (host down, DNS, TLS) is retried: the agent must outlast the host.
                catch (Exception failure)
#pragma warning restore CA1031
                {
                    var delay = retry.Delay(++attempts);
                    LogConnectFailed(logger, hostUrl, delay.TotalSeconds, failure.Message);
                    await Task.Delay(delay, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                }
                finally
                {
                    connection.Closed -= OnClosed;
                }
            }
        }
    }

    private async Task AnnounceAsync(HubConnection connection, AgentCredential credential, CancellationToken cancellationToken)
    {
        try
        {
            await connection.InvokeAsync(AgentHubMethods.Announce, announcement.Message, cancellationToken).ConfigureAwait(false);
            LogConnected(logger, credential.Name, credential.Site, options.Value.HostUrl!);
        }
#pragma warning disable CA1031 // A failed announcement is retried with the next reconnect; the connection itself decides.
        catch (Exception failure) when (failure is not OperationCanceledException)
#pragma warning restore CA1031
        {
            LogAnnounceFailed(logger, failure.Message);
        }
    }

    private void OnRunPlan(HubConnection connection, PlanRequest request, CancellationToken stoppingToken)
    {
        // The handler returns at once: findings flow back on a stream of their own while other plans arrive.
        _ = Task.Run(
            async () =>
            {
                try
                {
                    await connection.SendAsync(AgentHubMethods.ReportFindings, request.RunId, plans.RunAsync(request, stoppingToken), stoppingToken).ConfigureAwait(false);
                }
#pragma warning disable CA1031 // The connection dropped mid-run: the host writes the missing answer as a finding.
                catch (Exception failure)
#pragma warning restore CA1031
                {
                    LogStreamFailed(logger, request.RunId, failure.Message);
                }
            },
            stoppingToken);
    }

    private void Refused(AgentCredential credential, Uri hostUrl)
    {
        LogRefused(logger, credential.Name, hostUrl);
        Stop();
    }

    private void Stop()
    {
        Environment.ExitCode = ExitCodes.Configuration;
        lifetime.StopApplication();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Connected to {HostUrl} as agent {Name} of site {Site}")]
    private static partial void LogConnected(ILogger logger, string name, string site, Uri hostUrl);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the connection to {HostUrl} ({Reason}); reconnecting")]
    private static partial void LogReconnecting(ILogger logger, Uri hostUrl, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cannot connect to the bot host at {HostUrl}; trying again in {Seconds:0} s: {Reason}")]
    private static partial void LogConnectFailed(ILogger logger, Uri hostUrl, double seconds, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The host did not take this agent's announcement: {Reason}")]
    private static partial void LogAnnounceFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not send the findings of run {RunId}: {Reason}")]
    private static partial void LogStreamFailed(ILogger logger, string runId, string reason);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The bot host at {HostUrl} refuses agent {Name}: it was revoked, or the host no longer knows it. The agent stops. To bring it back, delete its credential file and enrol it again with a new token from /vpn agents add.")]
    private static partial void LogRefused(ILogger logger, string name, Uri hostUrl);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The agent cannot start: {Problem}")]
    private static partial void LogSetupFailed(ILogger logger, string problem);
}

/// <summary>The agent's exit codes; service managers are told not to restart on <see cref="Configuration"/>.</summary>
internal static class ExitCodes
{
    /// <summary>EX_CONFIG from sysexits.h: the configuration or credential needs a person.</summary>
    public const int Configuration = 78;
}
