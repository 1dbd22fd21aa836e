using System.Net;
using Microsoft.AspNetCore.SignalR.Client;
using VpnBot.Agent.Configuration;
using VpnBot.Agent.Connection;
using VpnBot.Testing;

namespace VpnBot.Agent.Tests.Agent;

public sealed class AgentPartsTests
{
    [Fact]
    public void ReconnectPolicy_AfterARefusal_GivesUp()
    {
        var policy = new ReconnectPolicy(TimeSpan.FromSeconds(30));

        var delay = policy.NextRetryDelay(new RetryContext { RetryReason = new AgentRefusedException(HttpStatusCode.Unauthorized), PreviousRetryCount = 0 });

        Assert.Null(delay);
    }

    [Fact]
    public void ReconnectPolicy_WhileTheHostIsAway_KeepsTryingWithinTheCeiling()
    {
        var policy = new ReconnectPolicy(TimeSpan.FromSeconds(30));

        var delays = Enumerable.Range(0, 200)
            .Select(n => policy.NextRetryDelay(new RetryContext { RetryReason = new HttpRequestException("refused"), PreviousRetryCount = n }))
            .ToList();

        Assert.All(delays, d => Assert.NotNull(d));
        Assert.Equal(TimeSpan.Zero, delays[0]);
        Assert.All(delays, d => Assert.True(d <= TimeSpan.FromSeconds(36)));
    }

    [Theory]
    [InlineData(null, "HostUrl is required")]
    [InlineData("http://vpnbot.example.com", "must be https")]
    [InlineData("ftp://127.0.0.1", "must be https")]
    public void Options_WithoutASafeHostUrl_NameTheKey(string? url, string expected)
    {
        var options = new AgentOptions { HostUrl = url is null ? null : new Uri(url) };

        var result = new AgentOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Vpn:Agent:HostUrl", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://vpnbot.example.com")]
    [InlineData("http://127.0.0.1:3978")]
    [InlineData("http://localhost:3978")]
    [InlineData("http://[::1]:3978")]
    public void Options_WithHttpsOrLoopback_AreAccepted(string url)
    {
        var result = new AgentOptionsValidator().Validate(null, new AgentOptions { HostUrl = new Uri(url) });

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void AgentTexts_ExistInEnglishAndJapanese() =>
        ResourceTexts.AssertBothLanguages(typeof(VpnBot.Agent.Localization.AgentText));
}
