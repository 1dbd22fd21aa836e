using VpnBot.Bot.Storage;
using static VpnBot.Bot.Tests.Storage.StoreSamples;

namespace VpnBot.Bot.Tests.Storage;

/// <summary>The agent part of the contract: creation, one-time enrolment, revocation, what agents announced.</summary>
public abstract partial class BotStoreContract
{
    private static AgentRecord Agent(string name, string hash, DateTimeOffset? expires = null) => new()
    {
        Name = name,
        Site = "tokyo",
        CreatedAt = Noon,
        CreatedBy = "aad-it",
        TokenHash = hash,
        TokenExpiresAt = expires ?? Noon.AddHours(1),
    };

    [Fact]
    public async Task AddAgent_NewName_FindReturnsItWaitingForEnrolment()
    {
        var store = await CreateStoreAsync();

        Assert.True(await store.AddAgentAsync(Agent("tokyo-1", "H1"), Ct));
        var found = await store.FindAgentAsync("tokyo-1", Ct);

        Assert.Equal(Agent("tokyo-1", "H1"), found);
        Assert.False(found!.IsEnrolled);
    }

    [Fact]
    public async Task AddAgent_TakenName_ReturnsFalseAndKeepsTheFirst()
    {
        var store = await CreateStoreAsync();
        await store.AddAgentAsync(Agent("tokyo-1", "H1"), Ct);

        Assert.False(await store.AddAgentAsync(Agent("tokyo-1", "H2"), Ct));
        Assert.Equal("H1", (await store.FindAgentAsync("tokyo-1", Ct))!.TokenHash);
    }

    [Fact]
    public async Task CompleteEnrolment_ValidToken_StoresTheKeyOnce()
    {
        var store = await CreateStoreAsync();
        await store.AddAgentAsync(Agent("tokyo-1", "H1"), Ct);

        var first = await store.CompleteEnrolmentAsync("H1", "KEY-1", Noon.AddMinutes(5), Ct);
        var second = await store.CompleteEnrolmentAsync("H1", "KEY-2", Noon.AddMinutes(6), Ct);

        Assert.Equal("KEY-1", first!.PublicKey);
        Assert.Equal(Noon.AddMinutes(5), first.EnrolledAt);
        Assert.Null(second);
        Assert.Equal("KEY-1", (await store.FindAgentAsync("tokyo-1", Ct))!.PublicKey);
    }

    [Fact]
    public async Task CompleteEnrolment_ExpiredOrRevokedOrUnknown_ReturnsNull()
    {
        var store = await CreateStoreAsync();
        await store.AddAgentAsync(Agent("tokyo-1", "H1", expires: Noon.AddMinutes(10)), Ct);
        await store.AddAgentAsync(Agent("tokyo-2", "H2"), Ct);
        await store.RevokeAgentAsync("tokyo-2", "aad-it", Noon.AddMinutes(1), Ct);

        Assert.Null(await store.CompleteEnrolmentAsync("H1", "KEY", Noon.AddMinutes(10), Ct));
        Assert.Null(await store.CompleteEnrolmentAsync("H2", "KEY", Noon.AddMinutes(2), Ct));
        Assert.Null(await store.CompleteEnrolmentAsync("H3", "KEY", Noon.AddMinutes(2), Ct));
    }

    [Fact]
    public async Task RevokeAgent_Twice_OnlyTheFirstCounts()
    {
        var store = await CreateStoreAsync();
        await store.AddAgentAsync(Agent("tokyo-1", "H1"), Ct);

        Assert.True(await store.RevokeAgentAsync("tokyo-1", "aad-it", Noon.AddMinutes(1), Ct));
        Assert.False(await store.RevokeAgentAsync("tokyo-1", "aad-other", Noon.AddMinutes(2), Ct));
        Assert.False(await store.RevokeAgentAsync("osaka-1", "aad-it", Noon, Ct));

        var revoked = await store.FindAgentAsync("tokyo-1", Ct);
        Assert.Equal(("aad-it", Noon.AddMinutes(1)), (revoked!.RevokedBy, revoked.RevokedAt!.Value));
    }

    [Fact]
    public async Task UpdateAgentSeen_KeepsTheLastFactsWhenNoneAreGiven()
    {
        var store = await CreateStoreAsync();
        await store.AddAgentAsync(Agent("tokyo-1", "H1"), Ct);
        var facts = new AgentFacts("inside", "1.2.3", "Debian 12 X64", ["dns.resolve", "ike.v2"], false, true, ["tokyo"]);

        await store.UpdateAgentSeenAsync("tokyo-1", Noon.AddMinutes(1), facts, Ct);
        await store.UpdateAgentSeenAsync("tokyo-1", Noon.AddMinutes(2), null, Ct);
        var found = await store.FindAgentAsync("tokyo-1", Ct);

        Assert.Equal(Noon.AddMinutes(2), found!.LastSeenAt);
        Assert.Equal(facts.Checks, found.Facts!.Checks);
        Assert.Equal(facts with { Checks = found.Facts.Checks, Endpoints = found.Facts.Endpoints }, found.Facts);
    }

    [Fact]
    public async Task ListAgents_OrdersBySiteThenName()
    {
        var store = await CreateStoreAsync();
        await store.AddAgentAsync(Agent("tokyo-2", "H2"), Ct);
        await store.AddAgentAsync(Agent("tokyo-1", "H1") with { Site = "tokyo" }, Ct);
        await store.AddAgentAsync(Agent("osaka-1", "H3") with { Site = "osaka" }, Ct);

        var names = (await store.ListAgentsAsync(Ct)).Select(a => a.Name);

        Assert.Equal(["osaka-1", "tokyo-1", "tokyo-2"], names);
    }
}
