using System.Globalization;
using System.Text.Json.Nodes;

namespace VpnBot.Host.LocalChat.Page;

/// <summary>The page itself at <c>/</c>, its files under <c>/local/page/</c>, and its words in both languages.</summary>
internal static class PageEndpoints
{
    // Everything the page loads comes from this host; card markdown becomes HTML in the browser, and this
    // policy is the second fence (after escaping) against anything in a card becoming script.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; " +
        "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    public static void MapLocalPage(this IEndpointRouteBuilder root, IEndpointRouteBuilder local)
    {
        root.MapGet("/", (HttpContext context) =>
        {
            context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
            return PageAssets.Serve(context, "index.html");
        });
        local.MapGet("/page/{**path}", (HttpContext context, string path) => PageAssets.Serve(context, path));
        local.MapGet("/text", Text);
    }

    /// <summary>The page's words: <c>{"en": {...}, "ja": {...}}</c>, from LocalChatText.resx and its Japanese twin.</summary>
    private static IResult Text()
    {
        var english = CultureInfo.GetCultureInfo("en");
        var japanese = CultureInfo.GetCultureInfo("ja");
        var names = LocalChatText.ResourceManager.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!
            .Cast<System.Collections.DictionaryEntry>()
            .Select(entry => (string)entry.Key)
            .Order(StringComparer.Ordinal);
        var en = new JsonObject();
        var ja = new JsonObject();
        foreach (var name in names)
        {
            en[name] = LocalChatText.ResourceManager.GetString(name, english);
            ja[name] = LocalChatText.ResourceManager.GetString(name, japanese);
        }

        return Results.Json(new JsonObject { ["en"] = en, ["ja"] = ja, ["renderer"] = PageAssets.HasRenderer });
    }
}
