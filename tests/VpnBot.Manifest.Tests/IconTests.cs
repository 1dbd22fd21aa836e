using VpnBot.Manifest.Tests.Support;

namespace VpnBot.Manifest.Tests;

/// <summary>Teams' icon rules: a 192×192 full-colour icon and a 32×32 white-on-transparent outline.</summary>
public sealed class IconTests
{
    [Fact]
    public void ColorIcon_Is192SquareOpaqueAndInColour()
    {
        var icon = Png.Read(Path.Combine(Repository.ManifestFolder, "color.png"));

        Assert.Equal((192, 192), (icon.Width, icon.Height));
        Assert.True(icon.HasPixels, $"color.png is not 8-bit RGB(A) without interlacing (depth {icon.BitDepth}, type {icon.ColorType})");
        Assert.All(icon.Pixels(), p => Assert.Equal(255, p.A));
        // Full colour, not a grey or white silhouette: plenty of strongly saturated pixels.
        var saturated = icon.Pixels().Count(p => Math.Max(p.R, Math.Max(p.G, p.B)) - Math.Min(p.R, Math.Min(p.G, p.B)) > 64);
        Assert.True(saturated > 192 * 192 / 2, $"only {saturated} saturated pixels");
    }

    [Fact]
    public void OutlineIcon_Is32SquareWhiteOnTransparent()
    {
        var icon = Png.Read(Path.Combine(Repository.ManifestFolder, "outline.png"));

        Assert.Equal((32, 32), (icon.Width, icon.Height));
        Assert.Equal(6, icon.ColorType);
        Assert.True(icon.HasPixels, $"outline.png is not 8-bit RGBA without interlacing (depth {icon.BitDepth})");
        Assert.All(icon.Pixels().Where(p => p.A > 0), p => Assert.Equal((255, 255, 255), (p.R, p.G, p.B)));
        Assert.All(new[] { (0, 0), (31, 0), (0, 31), (31, 31), (16, 0) }, xy => Assert.Equal(0, icon.Pixel(xy.Item1, xy.Item2).A));
        var drawn = icon.Pixels().Count(p => p.A >= 128);
        Assert.InRange(drawn, 32 * 32 / 10, 32 * 32 / 2);
    }
}
