using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using VpnBot.Agent.Configuration;
using VpnBot.Agents.Protocol;
using VpnBot.Agents.Protocol.Messages;
using VpnBot.Agents.Protocol.Tokens;

namespace VpnBot.Agent.Credentials;

/// <summary>
/// Gives the agent its credential: the one on disk, or, on first start, a new key pair whose public half is sent
/// to the host with the one-time enrolment token. The private key never leaves this machine.
/// </summary>
internal sealed partial class Enroller
{
    private readonly HttpClient _http;
    private readonly AgentOptions _options;
    private readonly CredentialFile _file;
    private readonly ILogger<Enroller> _logger;
    private readonly ResiliencePipeline _transient;

    public Enroller(HttpClient http, IOptions<AgentOptions> options, CredentialFile file, TimeProvider time, ILogger<Enroller> logger)
    {
        _http = http;
        _options = options.Value;
        _file = file;
        _logger = logger;

        // The host may still be starting, or briefly away: keep trying, backing off to the reconnect ceiling.
        // A refusal (a wrong or used token) is final and is not retried.
        _transient = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<HttpRequestException>().Handle<TaskCanceledException>(e => e.InnerException is TimeoutException),
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Exponential,
                Delay = TimeSpan.FromSeconds(1),
                MaxDelay = _options.MaxReconnectDelay,
                UseJitter = true,
                OnRetry = args =>
                {
                    LogHostUnreachable(_logger, _options.HostUrl!, args.RetryDelay.TotalSeconds, args.Outcome.Exception?.Message ?? string.Empty);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    public async Task<AgentCredential> GetAsync(CancellationToken cancellationToken)
    {
        if (_file.Exists)
        {
            return _file.Read();
        }

        if (string.IsNullOrWhiteSpace(_options.EnrolmentToken))
        {
            throw new AgentSetupException(
                $"This agent is not enrolled yet: no credential at {_file.Path}. In Teams, run /vpn agents add <site>, then start the agent with "
                + $"{AgentOptions.SectionName}:EnrolmentToken set to the token the bot shows (environment variable Vpn__Agent__EnrolmentToken).");
        }

        var key = AgentKeys.Create();
        try
        {
            var enrolled = await _transient.ExecuteAsync(
                async ct => await EnrolAsync(_options.EnrolmentToken.Trim(), AgentKeys.PublicKeyText(key), ct).ConfigureAwait(false),
                cancellationToken).ConfigureAwait(false);
            _file.Write(enrolled.Name, enrolled.Site, key);
            LogEnrolled(_logger, enrolled.Name, enrolled.Site, _file.Path);
            return new AgentCredential(enrolled.Name, enrolled.Site, key);
        }
        catch
        {
            key.Dispose();
            throw;
        }
    }

    private async Task<EnrolmentResponse> EnrolAsync(string token, string publicKey, CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsJsonAsync(
            new Uri(_options.HostUrl!, AgentRoutes.Enrol),
            new EnrolmentRequest(token, publicKey),
            AgentJson.Default.EnrolmentRequest,
            cancellationToken).ConfigureAwait(false);
        if (response.StatusCode >= HttpStatusCode.InternalServerError)
        {
            throw new HttpRequestException($"the host answered {(int)response.StatusCode}", null, response.StatusCode);
        }

        if (!response.IsSuccessStatusCode)
        {
            var problem = await ReadProblemAsync(response, cancellationToken).ConfigureAwait(false);
            throw new AgentSetupException(
                $"The host refused the enrolment token ({(int)response.StatusCode}: {problem}). Tokens work once and expire; "
                + "create a new one with /vpn agents add <site> and set it in Vpn__Agent__EnrolmentToken.");
        }

        return await response.Content.ReadFromJsonAsync(AgentJson.Default.EnrolmentResponse, cancellationToken).ConfigureAwait(false)
            ?? throw new AgentSetupException("The host answered the enrolment with an empty body.");
    }

    private static async Task<string> ReadProblemAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var problem = await response.Content.ReadFromJsonAsync(AgentJson.Default.AgentProblem, cancellationToken).ConfigureAwait(false);
            return problem?.Error is { Length: > 0 and <= 300 } error ? error : "no reason given";
        }
        catch (System.Text.Json.JsonException)
        {
            return "no reason given";
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Enrolled as agent {Name} of site {Site}; credential stored in {Path}. The enrolment token is used up and may be removed from the configuration.")]
    private static partial void LogEnrolled(ILogger logger, string name, string site, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cannot reach the bot host at {HostUrl} to enrol; trying again in {Seconds:0} s: {Reason}")]
    private static partial void LogHostUnreachable(ILogger logger, Uri hostUrl, double seconds, string reason);
}

/// <summary>A setup problem the administrator must fix (no token, a refused token, an unreadable credential): the agent stops with this message.</summary>
internal sealed class AgentSetupException(string message) : Exception(message);
