using VpnBot.Bot.Tests.Cards.Gallery;
using VpnBot.Bot.Tests.Cards.Node;

namespace VpnBot.Bot.Tests.Cards;

/// <summary>Every card the bot can send renders in Chromium with the official renderer: no renderer error, nothing wider than the card, no text cut off.</summary>
public sealed class CardRenderingTests(RenderedCards rendered) : IClassFixture<RenderedCards>
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static TheoryData<string> Cards() => [.. CardGallery.Each().Select(pair => pair.Card.FileName(pair.Language))];

    [Theory]
    [MemberData(nameof(Cards))]
    public void Card_RenderedInChromium_HasNoRendererErrorAndAnImage(string card)
    {
        NodeTool.Require(rendered.MissingReason);
        var result = rendered.For(card);

        Assert.True(result is not null, $"{card} was not rendered.");
        Assert.True(result.Errors.Count == 0, $"{card}: " + string.Join("; ", result.Errors));
        Assert.True(File.Exists(result.Png), $"{card}: no PNG at {result.Png}");
        Assert.Equal(PngSignature, File.ReadAllBytes(result.Png).Take(PngSignature.Length));

        // A card that rendered to an empty frame would be about as tall as the frame's padding.
        Assert.True(result.Height > 60, $"{card} rendered only {result.Height} px tall.");
    }
}
