using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using VpnBot.Bot.Configuration;
using VpnBot.Browser.Tests.Support;
using VpnBot.Host.LocalChat;

namespace VpnBot.Browser.Tests;

/// <summary>When the page is served, when it is not, and what it does to the bot's options while it is.</summary>
public sealed class SwitchTests
{
    public static TheoryData<string, string?, string?, bool> Cases => new()
    {
        // environment, Vpn:Bot:LocalChat:Enabled, MicrosoftAppId, page served
        { "Development", null, null, true },
        { "Production", null, null, false },
        { "Staging", null, null, false },
        { "Development", null, "00000000-0000-0000-0000-000000000001", false },
        { "Development", "false", null, false },
        { "Production", "true", null, true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Root_ByEnvironmentAndConfiguration_IsServedOnlyWhenOn(string environment, string? enabled, string? appId, bool served)
    {
        await using var server = await LocalChatServer.StartAsync(Settings(enabled, appId), environment, TestContext.Current.CancellationToken);

        using var page = await server.Http.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        using var connector = await server.Http.GetAsync(
            new Uri("local/connector/v3/conversations/a%3Ax/members", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(served ? 200 : 404, (int)page.StatusCode);
        Assert.Equal(served ? 200 : 404, (int)connector.StatusCode);
    }

    [Fact]
    public async Task Start_EnabledWithAnAppId_FailsNamingBothKeys()
    {
        await using var app = LocalChatServer.Build(Settings("true", "00000000-0000-0000-0000-000000000001"), "Development");

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains("Vpn:Bot:LocalChat:Enabled", failure.Message, StringComparison.Ordinal);
        Assert.Contains("MicrosoftAppId", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_NoActivitiesKept_FailsNamingTheKey()
    {
        var settings = new Dictionary<string, string?> { ["Vpn:Bot:LocalChat:MaxActivitiesPerConversation"] = "0" };
        await using var app = LocalChatServer.Build(settings, "Development");

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains("Vpn:Bot:LocalChat:MaxActivitiesPerConversation", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BotOptions_PageOn_CountTheLocalTeamAndChannelAsItAndAllowTheLocalTenant()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Vpn:Bot:ItTeams:0"] = "19:real-it@thread.tacv2",
            ["Vpn:Bot:AllowedTenants:0"] = "11111111-1111-1111-1111-111111111111",
        };
        await using var server = await LocalChatServer.StartAsync(settings, cancellationToken: TestContext.Current.CancellationToken);

        var bot = BotOptionsOf(server.Services);

        Assert.Equal(["19:real-it@thread.tacv2", LocalChatIdentity.ItTeamId, LocalChatIdentity.ItChannelId], bot.ItTeams);
        Assert.Equal(["11111111-1111-1111-1111-111111111111", LocalChatIdentity.TenantId], bot.AllowedTenants);
    }

    [Fact]
    public async Task BotOptions_NoTenantList_StaysEmptySoEveryTenantIsAllowed()
    {
        await using var server = await LocalChatServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Empty(BotOptionsOf(server.Services).AllowedTenants);
    }

    [Fact]
    public async Task BotOptions_PageOff_AreLeftAlone()
    {
        await using var server = await LocalChatServer.StartAsync(environment: "Production", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Empty(BotOptionsOf(server.Services).ItTeams);
    }

    private static BotOptions BotOptionsOf(IServiceProvider services)
    {
        // The host binds Vpn:Bot; here the test does, as the lead's composition will.
        var configuration = services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>();
        var options = new BotOptions();
        Microsoft.Extensions.Configuration.ConfigurationBinder.Bind(configuration.GetSection(BotOptions.SectionName), options);
        foreach (var post in services.GetServices<IPostConfigureOptions<BotOptions>>())
        {
            post.PostConfigure(Options.DefaultName, options);
        }

        return options;
    }

    private static Dictionary<string, string?> Settings(string? enabled, string? appId)
    {
        var settings = new Dictionary<string, string?>();
        if (enabled is not null)
        {
            settings["Vpn:Bot:LocalChat:Enabled"] = enabled;
        }

        if (appId is not null)
        {
            settings["MicrosoftAppId"] = appId;
        }

        return settings;
    }
}
