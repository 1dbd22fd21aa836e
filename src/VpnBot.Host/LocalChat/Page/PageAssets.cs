using Microsoft.AspNetCore.StaticFiles;

namespace VpnBot.Host.LocalChat.Page;

/// <summary>
/// The page's files, embedded in the host assembly (see LocalChat.targets): the page works the same from
/// <c>dotnet run</c>, a built DLL started from any folder, or a published host, and nothing of it is served
/// while the page is off.
/// </summary>
internal static class PageAssets
{
    /// <summary>The resource name prefix LocalChat.targets gives the page's files.</summary>
    public const string ResourcePrefix = "LocalChat.Page/";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static IResult Serve(HttpContext context, string path)
    {
        ArgumentNullException.ThrowIfNull(context);
        var stream = typeof(PageAssets).Assembly.GetManifestResourceStream(ResourcePrefix + path);
        if (stream is null)
        {
            return Results.NotFound();
        }

        if (!ContentTypes.TryGetContentType(path, out var contentType))
        {
            contentType = "application/octet-stream";
        }

        if (contentType.StartsWith("text/", StringComparison.Ordinal) || contentType.EndsWith("javascript", StringComparison.Ordinal))
        {
            contentType += "; charset=utf-8";
        }

        var headers = context.Response.Headers;
        headers.CacheControl = "no-cache";
        headers.XContentTypeOptions = "nosniff";
        return Results.Stream(stream, contentType);
    }

    /// <summary>True when the Adaptive Cards renderer was embedded (the build found npm); otherwise the page shows card JSON.</summary>
    public static bool HasRenderer =>
        typeof(PageAssets).Assembly.GetManifestResourceInfo(ResourcePrefix + "lib/adaptivecards.min.js") is not null;
}
