using System.Net;
using System.Text;
using VpnBot.Host.Tests.Support;

namespace VpnBot.Host.Tests.Protocol;

/// <summary>What <c>/api/messages</c> does with requests that are not well-formed activities.</summary>
public sealed class RequestSecurityTests : HostTestBase
{
    [Fact]
    public async Task MalformedJson_Gets400Not500()
    {
        using var content = new StringContent("{\"type\": \"message\", \"text\": ", Encoding.UTF8, "application/json");

        var response = await Client.PostAsync(new Uri("/api/messages", UriKind.Relative), content, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task OversizedBody_IsRefusedWith413()
    {
        var activity = TeamsActivities.PersonalMessage(Connector.ServiceUrl, new string('x', 400_000), HostUnderTest.Employee);

        var response = await HostUnderTest.PostActivityAsync(Client, activity, Cancel);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task LongMessageUnderBodyLimit_GetsPoliteCardNamingTheLimit()
    {
        var reply = await ReplyToAsync(TeamsActivities.PersonalMessage(Connector.ServiceUrl, "/vpn check " + new string('a', 10_000), HostUnderTest.ItAdmin));

        Assert.Contains("4000", reply.CardText().Replace(",", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/vpn check tokyo; rm -rf /")]
    [InlineData("/vpn check $(reboot)")]
    [InlineData("/vpn check `id`")]
    [InlineData("/vpn check tokyo|whoami")]
    [InlineData("/vpn check ../../etc/passwd")]
    [InlineData("/vpn check \u202Eoykot")]
    [InlineData("/vpn check to\u0007kyo\u0000")]
    public async Task HostileEndpointArgument_GetsPoliteErrorCardAndRunsNothing(string text)
    {
        var reply = await ReplyToAsync(TeamsActivities.PersonalMessage(Connector.ServiceUrl, text, HostUnderTest.ItAdmin));

        var shown = reply.CardText();
        Assert.NotEmpty(shown);
        Assert.DoesNotContain("\u202E", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("\u0000", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", shown, StringComparison.Ordinal);
        await Task.Delay(300, Cancel);
        Assert.DoesNotContain(Connector.Calls, c => c.Method == "PUT");
    }

    [Fact]
    public async Task TenNineKilobyteEndpointName_GetsPoliteErrorCard()
    {
        var reply = await ReplyToAsync(TeamsActivities.PersonalMessage(Connector.ServiceUrl, "/vpn check " + new string('n', 3_000), HostUnderTest.ItAdmin));

        Assert.True(reply.CardText().Length < 4_000, "the card must not echo the whole argument");
    }

    [Fact]
    public async Task TenantNotAllowed_IsIgnoredAndLogged()
    {
        var before = Connector.Calls.Count;
        var activity = TeamsActivities.PersonalMessage(Connector.ServiceUrl, "/vpn help", HostUnderTest.Employee, tenant: "00000000-dead-4000-8000-000000000000");

        var response = await HostUnderTest.PostActivityAsync(Client, activity, Cancel);

        Assert.True(response.IsSuccessStatusCode);
        await Task.Delay(300, Cancel);
        Assert.Equal(before, Connector.Calls.Count);
        Assert.Contains(Host.Logs.Entries, e => e.Message.Contains("00000000-dead-4000-8000-000000000000", StringComparison.Ordinal));
    }
}
