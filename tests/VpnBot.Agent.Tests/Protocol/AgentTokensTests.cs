using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using VpnBot.Agents.Protocol.Tokens;

namespace VpnBot.Agent.Tests.Protocol;

public sealed class AgentTokensTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));
    private readonly System.Security.Cryptography.ECDsa _key = AgentKeys.Create();
    private readonly ReplayCache _replays;

    public AgentTokensTests() => _replays = new ReplayCache(_time);

    public void Dispose() => _key.Dispose();

    [Fact]
    public async Task FreshToken_FromTheAgentsKey_IsAccepted()
    {
        var result = await ValidateAsync(AgentTokens.Create("tokyo-1", _key, _time));

        Assert.True(result.Ok, result.Problem);
        Assert.Equal("tokyo-1", result.Agent);
    }

    [Fact]
    public async Task SameToken_Twice_IsRefusedTheSecondTime()
    {
        var token = AgentTokens.Create("tokyo-1", _key, _time);

        await ValidateAsync(token);
        var again = await ValidateAsync(token);

        Assert.False(again.Ok);
        Assert.Equal("the token was already used", again.Problem);
    }

    [Fact]
    public async Task TokenSignedByAnotherKey_IsRefused()
    {
        using var stranger = AgentKeys.Create();

        var result = await ValidateAsync(AgentTokens.Create("tokyo-1", stranger, _time));

        Assert.False(result.Ok);
        Assert.Equal("the signature does not match the agent's key", result.Problem);
    }

    [Fact]
    public async Task TokenOlderThanItsLifetimeAndSkew_IsRefused()
    {
        var token = AgentTokens.Create("tokyo-1", _key, _time);
        _time.Advance(AgentTokens.Lifetime + AgentTokens.ClockSkew + TimeSpan.FromSeconds(1));

        var result = await ValidateAsync(token);

        Assert.False(result.Ok);
    }

    [Fact]
    public async Task TokenForAnotherAgentName_IsRefused()
    {
        var result = await AgentTokens.ValidateAsync(AgentTokens.Create("tokyo-1", _key, _time), "tokyo-2", _key, _replays, _time);

        Assert.False(result.Ok);
    }

    [Fact]
    public async Task LongLivedToken_SignedByTheAgent_IsRefused()
    {
        var now = _time.GetUtcNow().UtcDateTime;
        var token = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "tokyo-1",
            Audience = AgentTokens.Audience,
            NotBefore = now,
            Expires = now.AddDays(30),
            SigningCredentials = new SigningCredentials(new ECDsaSecurityKey(_key), SecurityAlgorithms.EcdsaSha256),
        });

        var result = await ValidateAsync(token);

        Assert.False(result.Ok);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a token")]
    [InlineData("a.b.c")]
    [InlineData("eyJhbGciOiJub25lIn0.eyJpc3MiOiJ0b2t5by0xIn0.")]
    public void ClaimedAgent_OfGarbage_IsNullOrHarmless(string text)
    {
        var claimed = AgentTokens.ClaimedAgent(text);

        Assert.True(claimed is null or "tokyo-1");
    }

    [Fact]
    public async Task UnsignedToken_ClaimingTheAgent_IsRefused()
    {
        var result = await ValidateAsync("eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJpc3MiOiJ0b2t5by0xIiwiYXVkIjoidnBuYm90LWFnZW50LWh1YiJ9.");

        Assert.False(result.Ok);
    }

    [Fact]
    public void ReplayCache_ForgetsTokensOnceExpired()
    {
        _replays.TryAdd("t1", _time.GetUtcNow().UtcDateTime.AddMinutes(2));
        _time.Advance(TimeSpan.FromMinutes(10));

        _replays.TryAdd("t2", _time.GetUtcNow().UtcDateTime.AddMinutes(2));

        Assert.False(_replays.TryFind("t1"));
        Assert.Equal(1, _replays.Count);
    }

    private Task<AgentTokenResult> ValidateAsync(string token) => AgentTokens.ValidateAsync(token, "tokyo-1", _key, _replays, _time);
}
