using Spectre.Console;
using VpnBot.Cli.Rendering;

namespace VpnBot.Cli.Tests.Rendering;

public sealed class TextWrapTests
{
    [Fact]
    public void Lines_English_BreaksAtSpacesWithinTheWidth()
    {
        var lines = TextWrap.Lines("Resolve the name against each DNS server to find which ones fail.", 20);

        Assert.Equal(["Resolve the name", "against each DNS", "server to find which", "ones fail."], lines);
    }

    [Fact]
    public void Lines_Japanese_BreaksBetweenCharactersAndFillsTheLine()
    {
        var lines = TextWrap.Lines("VPN サーバーが応答しませんでした。クライアントが最初のパケットを送っても応答がありません。", 30);

        Assert.All(lines, line => Assert.InRange(line.GetCellWidth(), 1, 30));
        Assert.StartsWith("VPN サーバーが応答し", lines[0], StringComparison.Ordinal);
        Assert.True(lines[0].GetCellWidth() >= 28, lines[0]);
        Assert.Equal("VPN サーバーが応答しませんでした。クライアントが最初のパケットを送っても応答がありません。", string.Concat(lines));
    }

    [Theory]
    [InlineData("あいうえおかきくけこ。さしすせそ", 20)]
    [InlineData("あいうえおかきくけ「こさしすせそ」たちつてと", 20)]
    [InlineData("あいうえおかきくけこ、さしすせそ", 20)]
    public void Lines_Japanese_KeepsPunctuationOffTheWrongEndOfALine(string text, int width)
    {
        var lines = TextWrap.Lines(text, width);

        Assert.True(lines.Count > 1);
        Assert.All(lines.Skip(1), line => Assert.DoesNotMatch("^[、。」)]", line));
        Assert.All(lines, line => Assert.DoesNotMatch("[「(]$", line));
        Assert.Equal(text, string.Concat(lines));
    }

    [Fact]
    public void Lines_WordLongerThanTheWidth_IsSplit()
    {
        var lines = TextWrap.Lines("x 0123456789012345678901234567890123456789", 10);

        Assert.All(lines, line => Assert.True(line.Length <= 10, line));
        Assert.Equal("x0123456789012345678901234567890123456789", string.Concat(lines));
    }

    [Fact]
    public void Lines_Empty_IsOneEmptyLine()
    {
        Assert.Equal([string.Empty], TextWrap.Lines(string.Empty, 40));
    }

    [Fact]
    public void Lines_RandomMixedText_NeverExceedsTheWidthOrLosesCharacters()
    {
        var random = new Random(868);
        const string Alphabet = "abc DEF 123 あいう 漢字 、。「」() -_/.";
        for (var i = 0; i < 5_000; i++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 120)).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);
            var width = random.Next(8, 60);

            var lines = TextWrap.Lines(text, width);

            Assert.All(lines, line => Assert.True(line.GetCellWidth() <= width, $"'{line}' is wider than {width}"));
            Assert.Equal(text.Replace(" ", string.Empty, StringComparison.Ordinal), string.Concat(lines).Replace(" ", string.Empty, StringComparison.Ordinal));
        }
    }
}
