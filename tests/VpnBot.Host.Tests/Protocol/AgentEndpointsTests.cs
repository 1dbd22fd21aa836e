using System.Net;
using VpnBot.Host.Tests.Support;

namespace VpnBot.Host.Tests.Protocol;

/// <summary>The agents' endpoints beside Teams': each keeps to its own requests.</summary>
public sealed class AgentEndpointsTests : HostTestBase
{
    [Fact]
    public async Task TeamsMessage_IsNotTreatedAsAnAgentConnection()
    {
        await ReplyToAsync(TeamsActivities.PersonalMessage(Connector.ServiceUrl, "/vpn help", HostUnderTest.Employee));

        Assert.DoesNotContain(Host.Logs.Entries, e => e.Category.Contains("AgentTokenAuthentication", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HubWithoutAToken_Is401()
    {
        using var response = await Client.GetAsync("/agents/hub", Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"token\":\"vpnbot-enrol-abc\"}")]
    [InlineData("{\"token\":\"vpnbot-enrol-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"publicKey\":\"bm90IGEga2V5\"}")]
    public async Task EnrolmentOutOfShape_Is400WithTheReason(string body)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await Client.PostAsync("/agents/enrol", content, Cancel);
        var text = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"error\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
    }
}
