using VpnBot.Bot.Cards.Views.Parts;
using VpnBot.Diagnostics.KnowledgeBase;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Bot.Tests.Cards;

public sealed class PartsTests
{
    [Theory]
    [InlineData("809", Language.English, "The VPN server did not respond")]
    [InlineData("809", Language.Japanese, "VPN サーバーが応答しませんでした。")]
    [InlineData("787", Language.English, "L2TP/IPsec: the IPsec layer could not authenticate the VPN server")]
    [InlineData("0x80092010", Language.English, "The server certificate has been revoked by its CA, so the client refuses it")]
    public void CodeMeaning_Short_IsTheFirstClause(string code, Language language, string expected)
    {
        Assert.Equal(expected, CodeMeaning.Short(ErrorCodeCatalog.Default.Find(code).Entry!, language));
    }

    [Fact]
    public void CodeMeaning_EveryCode_FitsOnAListLine()
    {
        Assert.All(ErrorCodeCatalog.Default.All, entry =>
        {
            Assert.InRange(CodeMeaning.Short(entry, Language.English).Length, 10, 110);
            Assert.InRange(CodeMeaning.Short(entry, Language.Japanese).Length, 5, 110);
        });
    }

    [Theory]
    [InlineData("short", 10, "short")]
    [InlineData("abcdefghijkl", 5, "abcd…")]
    [InlineData("ab  cdefgh", 5, "ab…")]
    public void Clip_LongText_EndsWithEllipsisWithinTheLimit(string text, int max, string expected)
    {
        Assert.Equal(expected, Limits.Clip(text, max));
    }

    [Fact]
    public void Clip_TextWithSurrogatePairs_NeverSplitsACharacter()
    {
        var text = string.Concat(Enumerable.Repeat("𠮷", 10));

        var clipped = Limits.Clip(text, 4);

        Assert.Equal("𠮷𠮷𠮷…", clipped);
    }

    [Fact]
    public void Markdown_LinkShapedEvidence_IsNoLongerALink()
    {
        var inert = Markdown.Inert("[login](https://evil.example)");

        Assert.DoesNotContain("](", inert, StringComparison.Ordinal);
        Assert.Equal("[login](https://evil.example)", inert.Replace("\u200B", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void CardTime_Local_UsesTheHostsDateAndTimeFunctionsInUtc()
    {
        var time = new DateTimeOffset(2026, 11, 26, 9, 41, 12, TimeSpan.FromHours(9));

        Assert.Equal("{{DATE(2026-11-26T00:41:12Z, COMPACT)}} {{TIME(2026-11-26T00:41:12Z)}}", CardTime.Local(time));
    }
}
