using Microsoft.Extensions.DependencyInjection;
using VpnBot.Bot.Storage;
using VpnBot.Host.Tests.Support;

namespace VpnBot.Host.Tests.Protocol;

/// <summary>Install events: the bot greets a new personal chat and keeps (or forgets) its conversation reference.</summary>
public sealed class ConversationEventTests : HostTestBase
{
    [Fact]
    public async Task BotAddedToPersonalChat_StoresReferenceAndSendsWelcome()
    {
        var activity = TeamsActivities.BotAddedToPersonalChat(Connector.ServiceUrl, HostUnderTest.Employee, locale: "ja-JP");

        var welcome = await ReplyToAsync(activity);


        Assert.Equal("ja", (string?)welcome.Card!["lang"]);
        var stored = await Store.FindConversationAsync((string)activity["conversation"]!["id"]!, Cancel);
        Assert.NotNull(stored);
        Assert.Equal(HostUnderTest.Tenant, stored.TenantId);
        Assert.Contains(Connector.ServiceUrl.ToString(), stored.Reference, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InstallationRemove_ForgetsTheConversation()
    {
        var add = TeamsActivities.InstallationUpdate(Connector.ServiceUrl, "add", HostUnderTest.Employee);
        await PostAsync(add);
        var key = (string)add["conversation"]!["id"]!;
        Assert.NotNull(await Store.FindConversationAsync(key, Cancel));

        await PostAsync(TeamsActivities.InstallationUpdate(Connector.ServiceUrl, "remove", HostUnderTest.Employee));

        Assert.Null(await Store.FindConversationAsync(key, Cancel));
    }

    [Fact]
    public async Task FirstMessage_StoresReferenceOnce()
    {
        var message = TeamsActivities.PersonalMessage(Connector.ServiceUrl, "/vpn help", HostUnderTest.ItAdmin);
        await ReplyToAsync(message);
        await ReplyToAsync(TeamsActivities.PersonalMessage(Connector.ServiceUrl, "/vpn help", HostUnderTest.ItAdmin));

        var stored = await Store.FindConversationAsync((string)message["conversation"]!["id"]!, Cancel);

        Assert.NotNull(stored);
        Assert.Equal(HostUnderTest.ItAdmin, stored.UserAadObjectId);
    }

    private IConversationStore Store => Host.Services.GetRequiredService<IConversationStore>();
}
