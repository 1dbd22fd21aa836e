using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using VpnBot.Host.Tests.Support;

namespace VpnBot.Host.Tests.Protocol;

/// <summary>
/// With an app id configured, <c>/api/messages</c> runs the Bot Framework's token validation against the
/// (stand-in) OpenID keys: no token or a forged one is 401, a genuine one is accepted.
/// </summary>
public sealed class AuthenticationTests : IAsyncLifetime
{
    private const string AppId = "0b9e5c7a-0000-4000-8000-00000000b075";
    private const string Secret = "s3cr3t-app-password-never-logged";

    private OpenIdStandIn _openId = null!;
    private ConnectorStandIn _connector = null!;
    private HostUnderTest _host = null!;
    private HttpClient _client = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _openId = await OpenIdStandIn.StartAsync(Cancel);
        _connector = await ConnectorStandIn.StartAsync(Cancel);
        _host = new HostUnderTest(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = Secret,
            ["MicrosoftAppType"] = "MultiTenant",
            // Setting the metadata URL switches the SDK to explicit parameters: the issuer must then be given too.
            ["ToBotFromChannelOpenIdMetadataUrl"] = _openId.MetadataUrl.ToString(),
            ["ToBotFromChannelTokenIssuer"] = OpenIdStandIn.Issuer,
            ["ToChannelFromBotLoginUrl"] = "https://login.microsoftonline.com/botframework.com",
            ["ToChannelFromBotOAuthScope"] = "https://api.botframework.com",
            ["OAuthUrl"] = "https://api.botframework.com",
        });
        _client = _host.Start();
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
        await _openId.DisposeAsync();
    }

    [Fact]
    public async Task RequestWithoutToken_Gets401()
    {
        var response = await _client.PostAsJsonAsync("/api/messages", Typing(), Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ForgedToken_SignedWithAnotherKey_Gets401()
    {
        using var otherRsa = RSA.Create(2048);
        var forgedKey = new RsaSecurityKey(otherRsa) { KeyId = _openId.SigningKey.KeyId };

        var response = await PostWithTokenAsync(OpenIdStandIn.Token(forgedKey, AppId, _connector.ServiceUrl, TimeProvider.System));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task GenuineTokenForAnotherApp_Gets401()
    {
        var response = await PostWithTokenAsync(OpenIdStandIn.Token(_openId.SigningKey, "11111111-0000-4000-8000-000000000000", _connector.ServiceUrl, TimeProvider.System));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task GenuineToken_IsAccepted()
    {
        var response = await PostWithTokenAsync(OpenIdStandIn.Token(_openId.SigningKey, AppId, _connector.ServiceUrl, TimeProvider.System));

        Assert.True(response.IsSuccessStatusCode, $"expected success, got {(int)response.StatusCode}: {string.Join("\n", _host.Logs.Entries.Select(e => e.Message + " " + e.Exception))}");
    }

    [Fact]
    public async Task AppPassword_NeverAppearsInLogs()
    {
        await PostWithTokenAsync("not-a-jwt");
        await _client.PostAsJsonAsync("/api/messages", Typing(), Cancel);

        Assert.DoesNotContain(_host.Logs.Entries, e => e.Message.Contains(Secret, StringComparison.Ordinal) || (e.Exception?.ToString().Contains(Secret, StringComparison.Ordinal) ?? false));
    }

    // A typing activity needs no reply, so acceptance does not depend on reaching Entra ID for an outbound token.
    private System.Text.Json.Nodes.JsonObject Typing()
    {
        var activity = TeamsActivities.PersonalMessage(_connector.ServiceUrl, string.Empty, HostUnderTest.Employee);
        activity["type"] = "typing";
        return activity;
    }

    private async Task<HttpResponseMessage> PostWithTokenAsync(string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(Typing()) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await _client.SendAsync(request, Cancel);
    }
}
