using System.Security.Claims;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Rest.Serialization;
using VpnBot.Host.Tests.Support;

namespace VpnBot.Host.Tests.Protocol;

/// <summary>
/// The connector clients the host creates per turn and per proactive update: they must share one JSON contract
/// resolver (a fresh one per client re-reflects the activity schema on every reply) and still speak the protocol.
/// </summary>
public sealed class ConnectorClientTests : HostTestBase
{
    [Fact]
    public async Task ProactiveConnectorClients_ShareOneReadOnlyContractResolver()
    {
        var authentication = Host.Services.GetRequiredService<BotFrameworkAuthentication>();
        var factory = authentication.CreateConnectorFactory(new ClaimsIdentity());

        using var first = await factory.CreateAsync(Connector.ServiceUrl.ToString(), audience: null, Cancel);
        using var second = await factory.CreateAsync(Connector.ServiceUrl.ToString(), audience: null, Cancel);

        Assert.IsType<ReadOnlyJsonContractResolver>(first.SerializationSettings.ContractResolver);
        Assert.Same(first.SerializationSettings.ContractResolver, second.SerializationSettings.ContractResolver);
        Assert.Same(first.SerializationSettings.ContractResolver, second.DeserializationSettings.ContractResolver);
    }

    [Fact]
    public async Task TurnConnectorClients_ShareTheResolverOfProactiveOnes()
    {
        var authentication = Host.Services.GetRequiredService<BotFrameworkAuthentication>();
        var activity = new Microsoft.Bot.Schema.Activity { ChannelId = "msteams", ServiceUrl = Connector.ServiceUrl.ToString() };

        var result = await authentication.AuthenticateRequestAsync(activity, authHeader: string.Empty, Cancel);
        using var turnClient = await result.ConnectorFactory.CreateAsync(Connector.ServiceUrl.ToString(), result.Audience, Cancel);
        using var proactiveClient = await authentication.CreateConnectorFactory(result.ClaimsIdentity).CreateAsync(Connector.ServiceUrl.ToString(), result.Audience, Cancel);

        Assert.Same(proactiveClient.SerializationSettings.ContractResolver, turnClient.SerializationSettings.ContractResolver);
    }

    [Fact]
    public async Task RepliesThroughSharedResolver_ArriveWithCardAndReplyToId()
    {
        var first = await ReplyToAsync(TeamsActivities.PersonalMessage(Connector.ServiceUrl, "/vpn help", HostUnderTest.Employee));
        var second = await ReplyToAsync(TeamsActivities.PersonalMessage(Connector.ServiceUrl, "/vpn help", HostUnderTest.ItAdmin, locale: "ja-JP"));

        Assert.Equal("en", (string?)first.Card!["lang"]);
        Assert.Equal("ja", (string?)second.Card!["lang"]);
        Assert.False(string.IsNullOrEmpty((string?)second.Activity["replyToId"]));
    }
}
