using VpnBot.Diagnostics.Localization;

namespace VpnBot.Windows.Agent;

/// <summary>Renders <see cref="AgentText"/> resources in both languages, and the phrases every collector shares.</summary>
internal static class AgentTexts
{
    public static LocalizedText Format(string name, params object?[] args) =>
        LocalizedText.Format(AgentText.ResourceManager, name, args);

    /// <summary>"24 h" / "24 時間" for whole hours, "90 min" / "90 分" otherwise: how summaries name the event window.</summary>
    public static LocalizedText Window(TimeSpan window) =>
        window.Ticks % TimeSpan.TicksPerHour == 0
            ? Format(nameof(AgentText.WindowHours), (long)window.TotalHours)
            : Format(nameof(AgentText.WindowMinutes), (long)Math.Ceiling(window.TotalMinutes));
}
