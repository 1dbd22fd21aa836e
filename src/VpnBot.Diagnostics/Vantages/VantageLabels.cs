using VpnBot.Diagnostics.Localization;

namespace VpnBot.Diagnostics.Vantages;

/// <summary>How cards and causes name a vantage point: <c>tokyo-dmz (tokyo, inside)</c>.</summary>
public static class VantageLabels
{
    /// <summary><c>inside</c> or <c>outside</c>, in both languages.</summary>
    public static LocalizedText Of(VantageKind kind) =>
        VantageTexts.Format(kind == VantageKind.Outside ? nameof(VantageText.KindOutside) : nameof(VantageText.KindInside));

    /// <summary>The site and side: <c>(tokyo, inside)</c>.</summary>
    public static LocalizedText Where(VantagePoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        return VantageTexts.Format(nameof(VantageText.PointWhere), point.Site, Of(point.Kind));
    }

    /// <summary>The name, site and side: <c>tokyo-dmz (tokyo, inside)</c>.</summary>
    public static LocalizedText Of(VantagePoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        return VantageTexts.Format(nameof(VantageText.PointLabel), point.Name, Where(point));
    }
}

/// <summary>Renders <see cref="VantageText"/> in both languages.</summary>
internal static class VantageTexts
{
    public static LocalizedText Format(string name, params object?[] args) =>
        LocalizedText.Format(VantageText.ResourceManager, name, args);
}
