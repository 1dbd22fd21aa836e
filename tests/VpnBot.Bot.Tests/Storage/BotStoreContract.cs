using VpnBot.Bot.Conversations;
using VpnBot.Bot.Storage;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;
using static VpnBot.Bot.Tests.Storage.StoreSamples;

namespace VpnBot.Bot.Tests.Storage;

/// <summary>
/// What every <see cref="IBotStore"/> must do, whatever database is behind it. A provider's test class derives
/// from this and supplies a store on a fresh, empty, initialized database; provider-specific behaviour (files,
/// reopening, damaged rows) is tested in the derived class.
/// </summary>
public abstract partial class BotStoreContract
{
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A store on a fresh, empty database, with <see cref="IBotStore.InitializeAsync"/> already run.</summary>
    protected abstract Task<IBotStore> CreateStoreAsync(StorageOptions options);

    protected Task<IBotStore> CreateStoreAsync() => CreateStoreAsync(new StorageOptions());

    [Fact]
    public async Task SaveConversation_NewKey_FindReturnsEveryField()
    {
        var store = await CreateStoreAsync();
        var saved = new ConversationRecord("19:abc@thread.tacv2;messageid=1", ConversationKind.Channel, "tenant-1", null, "{\"ref\":1}", Noon);

        await store.SaveConversationAsync(saved, Ct);

        Assert.Equal(saved, await store.FindConversationAsync(saved.Key, Ct));
    }

    [Fact]
    public async Task SaveConversation_SameKey_ReplacesTheRecord()
    {
        var store = await CreateStoreAsync();
        await store.SaveConversationAsync(Conversation("a:1"), Ct);
        var replacement = new ConversationRecord("a:1", ConversationKind.GroupChat, null, "aad-2", "{\"ref\":2}", Noon.AddMinutes(5));

        await store.SaveConversationAsync(replacement, Ct);

        Assert.Equal(replacement, await store.FindConversationAsync("a:1", Ct));
        Assert.Equal(1, await store.CountConversationsAsync(Ct));
    }

    [Fact]
    public async Task FindConversation_UnknownKey_ReturnsNull()
    {
        var store = await CreateStoreAsync();
        await store.SaveConversationAsync(Conversation("a:1"), Ct);

        Assert.Null(await store.FindConversationAsync("a:2", Ct));
    }

    [Fact]
    public async Task SaveConversation_TimeWithOffset_ComesBackAsTheSameInstantInUtc()
    {
        var store = await CreateStoreAsync();
        var tokyoTime = new DateTimeOffset(2026, 11, 26, 21, 0, 0, 456, TimeSpan.FromHours(9));

        await store.SaveConversationAsync(Conversation("a:1", tokyoTime), Ct);

        var found = await store.FindConversationAsync("a:1", Ct);
        Assert.Equal(tokyoTime.UtcDateTime, found!.UpdatedAt.UtcDateTime);
        Assert.Equal(TimeSpan.Zero, found.UpdatedAt.Offset);
    }

    [Fact]
    public async Task SaveConversation_KeyWithQuotesAndSqlText_IsStoredAsData()
    {
        var store = await CreateStoreAsync();
        var key = "a:1'; DROP TABLE conversations; --\"";

        await store.SaveConversationAsync(Conversation(key), Ct);

        Assert.Equal(key, (await store.FindConversationAsync(key, Ct))!.Key);
        Assert.Equal(1, await store.CountConversationsAsync(Ct));
    }

    [Fact]
    public async Task DeleteConversation_StoredKey_RemovesOnlyThatOne()
    {
        var store = await CreateStoreAsync();
        await store.SaveConversationAsync(Conversation("a:1"), Ct);
        await store.SaveConversationAsync(Conversation("a:2"), Ct);

        await store.DeleteConversationAsync("a:1", Ct);

        Assert.Null(await store.FindConversationAsync("a:1", Ct));
        Assert.NotNull(await store.FindConversationAsync("a:2", Ct));
        Assert.Equal(1, await store.CountConversationsAsync(Ct));
    }

    [Fact]
    public async Task DeleteConversation_UnknownKey_IsIgnored()
    {
        var store = await CreateStoreAsync();
        await store.SaveConversationAsync(Conversation("a:1"), Ct);

        await store.DeleteConversationAsync("a:unknown", Ct);

        Assert.Equal(1, await store.CountConversationsAsync(Ct));
    }

    [Fact]
    public async Task CountConversations_EmptyStore_IsZero()
    {
        var store = await CreateStoreAsync();

        Assert.Equal(0, await store.CountConversationsAsync(Ct));
    }

    [Fact]
    public async Task FindLanguage_NeverSet_ReturnsNull()
    {
        var store = await CreateStoreAsync();

        Assert.Null(await store.FindLanguageAsync("29:user-1", Ct));
    }

    [Fact]
    public async Task SetLanguage_ThenAnother_KeepsTheLastChoice()
    {
        var store = await CreateStoreAsync();

        await store.SetLanguageAsync("29:user-1", Language.Japanese, Ct);
        Assert.Equal(Language.Japanese, await store.FindLanguageAsync("29:user-1", Ct));

        await store.SetLanguageAsync("29:user-1", Language.English, Ct);
        Assert.Equal(Language.English, await store.FindLanguageAsync("29:user-1", Ct));
    }

    [Fact]
    public async Task SetLanguage_Null_ClearsTheChoice()
    {
        var store = await CreateStoreAsync();
        await store.SetLanguageAsync("29:user-1", Language.Japanese, Ct);

        await store.SetLanguageAsync("29:user-1", null, Ct);

        Assert.Null(await store.FindLanguageAsync("29:user-1", Ct));
    }

    [Fact]
    public async Task SetLanguage_NullForUserWithoutChoice_IsHarmless()
    {
        var store = await CreateStoreAsync();

        await store.SetLanguageAsync("29:user-1", null, Ct);

        Assert.Null(await store.FindLanguageAsync("29:user-1", Ct));
    }

    [Fact]
    public async Task SetLanguage_OneUser_LeavesOthersAlone()
    {
        var store = await CreateStoreAsync();
        await store.SetLanguageAsync("29:user-1", Language.Japanese, Ct);

        await store.SetLanguageAsync("29:user-2", Language.English, Ct);

        Assert.Equal(Language.Japanese, await store.FindLanguageAsync("29:user-1", Ct));
        Assert.Equal(Language.English, await store.FindLanguageAsync("29:user-2", Ct));
    }

    [Fact]
    public async Task AddCheck_ThenRecent_ReturnsEveryFieldWithTheNewId()
    {
        var store = await CreateStoreAsync();
        var added = Check("tokyo", Noon) with { Id = 999_999 };

        var id = await store.AddCheckAsync(added, Ct);

        var stored = Assert.Single(await store.RecentChecksAsync("tokyo", 10, Ct));
        Assert.Equal(added with { Id = id }, stored);
    }

    [Fact]
    public async Task AddCheck_Twice_ReturnsDistinctIncreasingIds()
    {
        var store = await CreateStoreAsync();

        var first = await store.AddCheckAsync(Check("tokyo", Noon), Ct);
        var second = await store.AddCheckAsync(Check("tokyo", Noon), Ct);

        Assert.True(second > first, $"second id {second} is not above first id {first}");
    }

    [Fact]
    public async Task AddCheck_LocalizedTitleInJapanese_RoundTripsExactly()
    {
        var store = await CreateStoreAsync();
        var title = new LocalizedText(
            "The server certificate has expired",
            "サーバー証明書の有効期限が切れています（名前解決は正常、ファイアウォールの応答なし）🔒");
        await store.AddCheckAsync(Check("osaka", Noon) with { TopCauseTitle = title }, Ct);

        var stored = Assert.Single(await store.LatestChecksAsync(Ct));

        Assert.Equal(title, stored.TopCauseTitle);
    }

    [Fact]
    public async Task AddCheck_WithoutCauseOrRequester_KeepsThemNull()
    {
        var store = await CreateStoreAsync();
        await store.AddCheckAsync(Check("tokyo", Noon, ReportStatus.Ok) with { TopCauseId = null, TopCauseTitle = null, RequestedBy = null }, Ct);

        var stored = Assert.Single(await store.LatestChecksAsync(Ct));

        Assert.Null(stored.TopCauseId);
        Assert.Null(stored.TopCauseTitle);
        Assert.Null(stored.RequestedBy);
        Assert.Equal(ReportStatus.Ok, stored.Status);
    }

    [Theory]
    [InlineData(ReportStatus.Ok)]
    [InlineData(ReportStatus.Warning)]
    [InlineData(ReportStatus.Critical)]
    [InlineData(ReportStatus.Unknown)]
    public async Task AddCheck_EachStatus_RoundTrips(ReportStatus status)
    {
        var store = await CreateStoreAsync();
        await store.AddCheckAsync(Check("tokyo", Noon, status), Ct);

        Assert.Equal(status, Assert.Single(await store.LatestChecksAsync(Ct)).Status);
    }

    [Fact]
    public async Task LatestChecks_EmptyStore_ReturnsNothing()
    {
        var store = await CreateStoreAsync();

        Assert.Empty(await store.LatestChecksAsync(Ct));
    }

    [Fact]
    public async Task LatestChecks_SeveralEndpoints_PicksTheNewestStartOfEach()
    {
        var store = await CreateStoreAsync();
        // Added out of start order: "newest" means the latest start, not the last insert.
        await store.AddCheckAsync(Check("tokyo", Noon.AddMinutes(10), ReportStatus.Ok), Ct);
        await store.AddCheckAsync(Check("tokyo", Noon, ReportStatus.Critical), Ct);
        await store.AddCheckAsync(Check("osaka", Noon, ReportStatus.Warning), Ct);
        await store.AddCheckAsync(Check("osaka", Noon.AddMinutes(20), ReportStatus.Critical), Ct);
        await store.AddCheckAsync(Check("osaka", Noon.AddMinutes(5), ReportStatus.Ok), Ct);

        var latest = await store.LatestChecksAsync(Ct);

        Assert.Equal(["osaka", "tokyo"], latest.Select(c => c.Endpoint));
        Assert.Equal([Noon.AddMinutes(20), Noon.AddMinutes(10)], latest.Select(c => c.StartedAt));
        Assert.Equal([ReportStatus.Critical, ReportStatus.Ok], latest.Select(c => c.Status));
    }

    [Fact]
    public async Task LatestChecks_SameStartTime_PicksTheLastAdded()
    {
        var store = await CreateStoreAsync();
        await store.AddCheckAsync(Check("tokyo", Noon, ReportStatus.Critical), Ct);
        var last = await store.AddCheckAsync(Check("tokyo", Noon, ReportStatus.Ok), Ct);

        var latest = Assert.Single(await store.LatestChecksAsync(Ct));

        Assert.Equal(last, latest.Id);
    }

    [Fact]
    public async Task LatestChecks_EndpointNames_OrderedOrdinally()
    {
        var store = await CreateStoreAsync();
        foreach (var name in new[] { "tokyo", "Osaka", "nagoya", "fukuoka-2", "fukuoka-10" })
        {
            await store.AddCheckAsync(Check(name, Noon), Ct);
        }

        var latest = await store.LatestChecksAsync(Ct);

        Assert.Equal(["Osaka", "fukuoka-10", "fukuoka-2", "nagoya", "tokyo"], latest.Select(c => c.Endpoint));
    }

    [Fact]
    public async Task RecentChecks_MoreThanTheLimit_ReturnsTheNewestFirst()
    {
        var store = await CreateStoreAsync();
        foreach (var minutes in new[] { 3, 0, 4, 1, 2 })
        {
            await store.AddCheckAsync(Check("tokyo", Noon.AddMinutes(minutes)), Ct);
        }

        var recent = await store.RecentChecksAsync("tokyo", 3, Ct);

        Assert.Equal([Noon.AddMinutes(4), Noon.AddMinutes(3), Noon.AddMinutes(2)], recent.Select(c => c.StartedAt));
    }

    [Fact]
    public async Task RecentChecks_OneEndpoint_LeavesOthersOut()
    {
        var store = await CreateStoreAsync();
        await store.AddCheckAsync(Check("tokyo", Noon), Ct);
        await store.AddCheckAsync(Check("osaka", Noon.AddMinutes(1)), Ct);
        await store.AddCheckAsync(Check("TOKYO", Noon.AddMinutes(2)), Ct);

        var recent = await store.RecentChecksAsync("tokyo", 10, Ct);

        Assert.Equal("tokyo", Assert.Single(recent).Endpoint);
    }

    [Fact]
    public async Task RecentChecks_UnknownEndpoint_ReturnsNothing()
    {
        var store = await CreateStoreAsync();
        await store.AddCheckAsync(Check("tokyo", Noon), Ct);

        Assert.Empty(await store.RecentChecksAsync("osaka", 10, Ct));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public async Task RecentChecks_LimitBelowOne_Throws(int limit)
    {
        var store = await CreateStoreAsync();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.RecentChecksAsync("tokyo", limit, Ct));
    }

    [Fact]
    public async Task AddCheck_BeyondTheNumberKept_RemovesTheOldestOfThatEndpointOnly()
    {
        var store = await CreateStoreAsync(new StorageOptions { ChecksKeptPerEndpoint = 3 });
        await store.AddCheckAsync(Check("osaka", Noon.AddDays(-1)), Ct);
        foreach (var minutes in new[] { 0, 4, 1, 3, 2 })
        {
            await store.AddCheckAsync(Check("tokyo", Noon.AddMinutes(minutes)), Ct);
        }

        var tokyo = await store.RecentChecksAsync("tokyo", 10, Ct);

        Assert.Equal([Noon.AddMinutes(4), Noon.AddMinutes(3), Noon.AddMinutes(2)], tokyo.Select(c => c.StartedAt));
        Assert.Single(await store.RecentChecksAsync("osaka", 10, Ct));
    }

    [Fact]
    public async Task Writes_FiftyConcurrentTasks_AllLand()
    {
        var store = await CreateStoreAsync();
        const int Tasks = 50;

        await Task.WhenAll(Enumerable.Range(0, Tasks).Select(i => Task.Run(
            async () =>
            {
                await store.SaveConversationAsync(Conversation($"a:{i}"), Ct);
                await store.SetLanguageAsync($"29:user-{i}", i % 2 == 0 ? Language.Japanese : Language.English, Ct);
                await store.AddCheckAsync(Check($"site-{i % 5}", Noon.AddSeconds(i)), Ct);
                await store.SaveConversationAsync(Conversation("shared", Noon.AddSeconds(i)), Ct);
            },
            Ct)));

        Assert.Equal(Tasks + 1, await store.CountConversationsAsync(Ct));
        for (var i = 0; i < Tasks; i++)
        {
            Assert.NotNull(await store.FindConversationAsync($"a:{i}", Ct));
            Assert.Equal(i % 2 == 0 ? Language.Japanese : Language.English, await store.FindLanguageAsync($"29:user-{i}", Ct));
        }

        var latest = await store.LatestChecksAsync(Ct);
        Assert.Equal(5, latest.Count);
        foreach (var endpoint in latest)
        {
            Assert.Equal(10, (await store.RecentChecksAsync(endpoint.Endpoint, 100, Ct)).Count);
        }

        Assert.Equal([45, 46, 47, 48, 49], latest.Select(c => (int)(c.StartedAt - Noon).TotalSeconds).Order());
    }

    [Fact]
    public async Task Writes_ConcurrentUpsertsOfOneKey_LeaveOneRecord()
    {
        var store = await CreateStoreAsync();

        await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(
            () => store.SaveConversationAsync(Conversation("same", Noon.AddSeconds(i)), Ct), Ct)));

        Assert.Equal(1, await store.CountConversationsAsync(Ct));
        Assert.NotNull(await store.FindConversationAsync("same", Ct));
    }

    [Theory]
    [InlineData("SaveConversation")]
    [InlineData("FindConversation")]
    [InlineData("DeleteConversation")]
    [InlineData("CountConversations")]
    [InlineData("FindLanguage")]
    [InlineData("SetLanguage")]
    [InlineData("AddCheck")]
    [InlineData("LatestChecks")]
    [InlineData("RecentChecks")]
    [InlineData("Initialize")]
    public async Task EveryMethod_CancelledToken_ThrowsOperationCanceled(string method)
    {
        var store = await CreateStoreAsync();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        var token = cancellation.Token;

        Func<Task> call = method switch
        {
            "SaveConversation" => () => store.SaveConversationAsync(Conversation("a:1"), token),
            "FindConversation" => () => store.FindConversationAsync("a:1", token),
            "DeleteConversation" => () => store.DeleteConversationAsync("a:1", token),
            "CountConversations" => () => store.CountConversationsAsync(token),
            "FindLanguage" => () => store.FindLanguageAsync("29:user-1", token),
            "SetLanguage" => () => store.SetLanguageAsync("29:user-1", Language.Japanese, token),
            "AddCheck" => () => store.AddCheckAsync(Check("tokyo", Noon), token),
            "LatestChecks" => () => store.LatestChecksAsync(token),
            "RecentChecks" => () => store.RecentChecksAsync("tokyo", 5, token),
            "Initialize" => () => store.InitializeAsync(token),
            _ => throw new ArgumentOutOfRangeException(nameof(method)),
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(call);
        Assert.Equal(0, await store.CountConversationsAsync(Ct));
        Assert.Null(await store.FindLanguageAsync("29:user-1", Ct));
        Assert.Empty(await store.LatestChecksAsync(Ct));
    }

    [Fact]
    public async Task Initialize_AgainOnAFilledStore_KeepsTheData()
    {
        var store = await CreateStoreAsync();
        await store.SaveConversationAsync(Conversation("a:1"), Ct);
        await store.SetLanguageAsync("29:user-1", Language.Japanese, Ct);
        await store.AddCheckAsync(Check("tokyo", Noon), Ct);

        await store.InitializeAsync(Ct);
        await store.InitializeAsync(Ct);

        Assert.NotNull(await store.FindConversationAsync("a:1", Ct));
        Assert.Equal(Language.Japanese, await store.FindLanguageAsync("29:user-1", Ct));
        Assert.Single(await store.LatestChecksAsync(Ct));
    }
}
