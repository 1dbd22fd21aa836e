using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace VpnBot.Browser.Tests.Support;

/// <summary>What the page's script does over HTTP, for tests without a browser.</summary>
internal static class PageClient
{
    public static async Task<(int Status, JsonObject Answer)> SendAsync(HttpClient http, JsonObject request)
    {
        using var response = await http.PostAsJsonAsync("local/send", request, TestContext.Current.CancellationToken);
        var answer = await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken);
        return ((int)response.StatusCode, answer ?? []);
    }

    public static Task<(int Status, JsonObject Answer)> SayAsync(HttpClient http, string conversation, string text, string locale = "en-US") =>
        SendAsync(http, new JsonObject { ["conversation"] = conversation, ["locale"] = locale, ["text"] = text });

    public static Task<(int Status, JsonObject Answer)> PressAsync(HttpClient http, string conversation, string cardId, string verb, JsonObject data) =>
        SendAsync(http, new JsonObject
        {
            ["conversation"] = conversation,
            ["locale"] = "en-US",
            ["action"] = new JsonObject { ["replyToId"] = cardId, ["verb"] = verb, ["data"] = data, ["title"] = "Press" },
        });

    public static async Task<JsonObject> OpenAsync(HttpClient http, string conversation)
    {
        using var response = await http.PostAsJsonAsync("local/open", new JsonObject { ["conversation"] = conversation }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!;
    }
}
