using System.Net;
using Microsoft.Extensions.Options;

namespace VpnBot.Agent.Configuration;

/// <summary>Checks <c>Vpn:Agent</c> at start, naming each wrong key and what it should hold.</summary>
internal sealed class AgentOptionsValidator : IValidateOptions<AgentOptions>
{
    public ValidateOptionsResult Validate(string? name, AgentOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (options.HostUrl is not { IsAbsoluteUri: true } url)
        {
            errors.Add($"{AgentOptions.SectionName}:HostUrl is required: the bot host's address, such as https://vpnbot.example.com.");
        }
        else if (url.Scheme != Uri.UriSchemeHttps && !(url.Scheme == Uri.UriSchemeHttp && IsLoopback(url)))
        {
            errors.Add($"{AgentOptions.SectionName}:HostUrl must be https (plain http only to a loopback address); got {url.Scheme}.");
        }

        if (options.HostCertificateAuthority is { Length: > 0 } authority && !ReadsAsCertificates(authority))
        {
            errors.Add($"{AgentOptions.SectionName}:HostCertificateAuthority must be a readable PEM file with at least one certificate; got '{authority}'.");
        }

        if (!Enum.IsDefined(options.Vantage))
        {
            errors.Add($"{AgentOptions.SectionName}:Vantage must be Inside or Outside.");
        }

        if (string.IsNullOrWhiteSpace(options.DataFolder))
        {
            errors.Add($"{AgentOptions.SectionName}:DataFolder must name a folder.");
        }

        if (options.MaxConcurrentPlans is < 1 or > 10_000)
        {
            errors.Add($"{AgentOptions.SectionName}:MaxConcurrentPlans must be between 1 and 10000; got {options.MaxConcurrentPlans}.");
        }

        if (options.MaxReconnectDelay < TimeSpan.FromSeconds(1) || options.MaxReconnectDelay > TimeSpan.FromMinutes(10))
        {
            errors.Add($"{AgentOptions.SectionName}:MaxReconnectDelay must be between 00:00:01 and 00:10:00; got {options.MaxReconnectDelay}.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static bool ReadsAsCertificates(string path)
    {
        try
        {
            var certificates = new System.Security.Cryptography.X509Certificates.X509Certificate2Collection();
            certificates.ImportFromPemFile(path);
            return certificates.Count > 0;
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException or System.Security.Cryptography.CryptographicException or ArgumentException)
        {
            return false;
        }
    }

    private static bool IsLoopback(Uri url) =>
        url.IsLoopback || (IPAddress.TryParse(url.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
