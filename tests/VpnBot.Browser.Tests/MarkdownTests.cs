using System.Text.Json;
using VpnBot.Browser.Tests.Support;

namespace VpnBot.Browser.Tests;

/// <summary>
/// The page's markdown for card TextBlocks and bot messages (wwwroot/markdown.js, run in Node): the Adaptive
/// Cards subset renders, and no text becomes markup, script or a dangerous link.
/// </summary>
public sealed class MarkdownTests
{
    private static readonly (string Markdown, string Html)[] Rendered =
    [
        ("**Bold** and _italic_", "<p><strong>Bold</strong> and <em>italic</em></p>"),
        ("- one\n- **two**", "<ul><li>one</li><li><strong>two</strong></li></ul>"),
        ("1. flush the DNS cache\n2. reconnect", "<ol><li>flush the DNS cache</li><li>reconnect</li></ol>"),
        ("3. third\n4. fourth", "<ol start=\"3\"><li>third</li><li>fourth</li></ol>"),
        ("line one\nline two\n\nnext", "<p>line one<br>line two</p><p>next</p>"),
        ("`ipconfig /flushdns` **now**", "<p><code>ipconfig /flushdns</code> <strong>now</strong></p>"),
        ("`**not bold**`", "<p><code>**not bold**</code></p>"),
        ("[docs](https://learn.microsoft.com/a_b_c)", "<p><a href=\"https://learn.microsoft.com/a_b_c\" target=\"_blank\" rel=\"noopener noreferrer\">docs</a></p>"),
        ("**名前解決**に失敗しました", "<p><strong>名前解決</strong>に失敗しました</p>"),
        ("file_name_here 2*3*4", "<p>file_name_here 2*3*4</p>"),
    ];

    private static readonly string[] Hostile =
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[click](javascript:alert(1))",
        "[click](JAVASCRIPT:alert(1))",
        "[click](data:text/html,<script>alert(1)</script>)",
        "[x](https://a.example/\"onmouseover=\"alert(1))",
        "**<b>bold</b>**",
        "`<script>`",
        "\u0000<\u0000script>",
    ];

    [Fact]
    public async Task RenderMarkdown_AdaptiveCardsSubset_IsTheExpectedHtml()
    {
        Requirements.RequireNode();
        var html = await RenderAsync(Rendered.Select(c => c.Markdown));

        Assert.Equal(Rendered.Select(c => c.Html), html);
    }

    [Fact]
    public async Task RenderMarkdown_HostileText_MakesNoElementButTheAllowedOnesAndNoScriptLink()
    {
        Requirements.RequireNode();
        var html = await RenderAsync(Hostile);

        Assert.All(html, output =>
        {
            var tags = System.Text.RegularExpressions.Regex.Matches(output, "<\\s*/?\\s*([a-zA-Z]+)").Select(m => m.Groups[1].Value.ToLowerInvariant());
            Assert.All(tags, tag => Assert.Contains(tag, new[] { "p", "br", "strong", "em", "code", "ul", "ol", "li", "a" }));
            Assert.DoesNotContain("href=\"javascript", output, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("href=\"data", output, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotMatch("<a [^>]*\"[^>]*\"on", output);
        });
    }

    private static async Task<List<string>> RenderAsync(IEnumerable<string> texts)
    {
        var result = await NodeScript.RunWithInputAsync("localchat-markdown.mjs", JsonSerializer.Serialize(texts));
        Assert.True((bool?)result["ok"] == true, result.ToJsonString());
        return result["html"]!.AsArray().Select(node => (string)node!).ToList();
    }
}
