using System.Net.Http.Json;
using System.Text.Json.Nodes;
using VpnBot.Browser.Tests.Support;

namespace VpnBot.Browser.Tests;

/// <summary>The page's files and words, served from the host assembly.</summary>
public sealed class PageEndpointTests : IAsyncLifetime
{
    private LocalChatServer _server = null!;

    public async ValueTask InitializeAsync() =>
        _server = await LocalChatServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Root_Get_IsThePageWithAContentSecurityPolicyThatAllowsOnlyThisHost()
    {
        using var response = await _server.Http.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Contains("/local/page/localchat.js", html, StringComparison.Ordinal);
        var policy = string.Join(';', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("localchat.js", "text/javascript; charset=utf-8")]
    [InlineData("markdown.js", "text/javascript; charset=utf-8")]
    [InlineData("hostconfig.js", "text/javascript; charset=utf-8")]
    [InlineData("localchat.css", "text/css; charset=utf-8")]
    [InlineData("favicon.svg", "image/svg+xml")]
    public async Task PageFile_Get_IsServedWithItsType(string file, string contentType)
    {
        using var response = await _server.Http.GetAsync(new Uri($"local/page/{file}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.ToString());
        Assert.Equal("nosniff", string.Join(',', response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task Renderer_Get_IsTheOfficialAdaptiveCardsBundle()
    {
        using var response = await _server.Http.GetAsync(new Uri("local/page/lib/adaptivecards.min.js", UriKind.Relative), TestContext.Current.CancellationToken);
        if ((int)response.StatusCode == 404 && !Requirements.IsCi)
        {
            Assert.Skip("The Adaptive Cards renderer was not embedded: the build could not run npm ci in src/VpnBot.Host/ClientApp.");
        }

        var script = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Contains("AdaptiveCards", script, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("local/page/nothing.js")]
    [InlineData("local/page/../LocalChatText.resx")]
    [InlineData("local/page/%2e%2e/%2e%2e/VpnBot.Host.dll")]
    [InlineData("index.html")]
    public async Task PageFile_NotAPageFile_IsNotFound(string path)
    {
        using var response = await _server.Http.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(404, (int)response.StatusCode);
    }

    [Fact]
    public async Task Text_Get_HasEveryWordInEnglishAndJapanese()
    {
        var words = await _server.Http.GetFromJsonAsync<JsonObject>(new Uri("local/text", UriKind.Relative), TestContext.Current.CancellationToken);

        var english = words!["en"]!.AsObject();
        var japanese = words["ja"]!.AsObject();
        Assert.Contains("ChannelName", english.Select(pair => pair.Key));
        Assert.Equal(english.Select(pair => pair.Key), japanese.Select(pair => pair.Key));
        Assert.All(english, pair => Assert.NotEqual((string?)pair.Value, (string?)japanese[pair.Key]));
        Assert.All(japanese, pair => Assert.Matches(@"[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}]", (string?)pair.Value));
        Assert.Equal("IT チャネル", (string?)japanese["ChannelName"]);
    }
}
