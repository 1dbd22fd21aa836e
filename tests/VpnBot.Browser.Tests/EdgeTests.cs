using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;
using VpnBot.Host.LocalChat;
using VpnBot.Host.LocalChat.Sending;

namespace VpnBot.Browser.Tests;

/// <summary>Who may use the page, where the host posts to, and the Teams details of the activities it builds.</summary>
public sealed class EdgeTests
{
    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("127.3.4.5", true)]
    [InlineData("::1", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData(null, true)]
    [InlineData("192.0.2.10", false)]
    [InlineData("::ffff:192.0.2.10", false)]
    [InlineData("2001:db8::1", false)]
    public async Task LoopbackOnly_ByRemoteAddress_LetsOnlyThisMachineIn(string? remote, bool allowed)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = remote is null ? null : IPAddress.Parse(remote);
        var reachedEndpoint = false;

        var result = await new LoopbackOnly().InvokeAsync(
            new DefaultEndpointFilterInvocationContext(context),
            _ => { reachedEndpoint = true; return ValueTask.FromResult<object?>("page"); });

        Assert.Equal(allowed, reachedEndpoint);
        if (!allowed)
        {
            Assert.IsType<Microsoft.AspNetCore.Http.HttpResults.NotFound>(result);
        }
    }

    [Theory]
    [InlineData("127.0.0.1", 5000, false, "evil.example", "http://127.0.0.1:5000/")]
    [InlineData("::ffff:127.0.0.1", 5000, false, "evil.example", "http://127.0.0.1:5000/")]
    [InlineData("::1", 3978, false, "localhost:3978", "http://[::1]:3978/")]
    [InlineData("127.0.0.1", 5001, true, "evil.example", "https://localhost:5001/")]
    public void LocalAddress_OfAConnection_IsItsLocalEndNeverTheHostHeader(string local, int port, bool https, string hostHeader, string expected)
    {
        var context = new DefaultHttpContext();
        context.Connection.LocalIpAddress = IPAddress.Parse(local);
        context.Connection.LocalPort = port;
        context.Request.IsHttps = https;
        context.Request.Host = new HostString(hostHeader);

        Assert.Equal(new Uri(expected), LocalAddress.Of(context));
    }

    [Fact]
    public void Message_Japanese_CarriesTheLocaleAndAJapaneseClientInfo()
    {
        var factory = new TeamsActivityFactory(new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero)));

        var activity = factory.Message(LocalConversation.Personal, "7", "VPNにつながらない", "ja-JP", new Uri("http://127.0.0.1:1/local/connector/"));

        Assert.Equal("ja-JP", (string?)activity["locale"]);
        var clientInfo = activity["entities"]![0]!;
        Assert.Equal("clientInfo", (string?)clientInfo["type"]);
        Assert.Equal("JP", (string?)clientInfo["country"]);
        Assert.Equal("2026-11-26T12:00:00.0000000+00:00", (string?)activity["timestamp"]);
        Assert.Equal("http://127.0.0.1:1/local/connector/", (string?)activity["serviceUrl"]);
    }

    [Theory]
    [InlineData("ja-JP", "ja-JP")]
    [InlineData("JA-jp", "ja-JP")]
    [InlineData("en-US", "en-US")]
    [InlineData("de-DE", "en-US")]
    [InlineData(null, "en-US")]
    public void PageLocale_Requested_IsOneOfTheTwoTheBotSpeaks(string? requested, string expected) =>
        Assert.Equal(expected, PageLocale.Of(requested));
}
