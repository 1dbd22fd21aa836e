using VpnBot.Diagnostics.Localization;

namespace VpnBot.Bot.Storage;

/// <summary>Per-user settings; today the language a user chose with <c>/vpn lang</c>.</summary>
public interface IPreferenceStore
{
    /// <summary>The user's chosen language, or null to follow the client's locale.</summary>
    Task<Language?> FindLanguageAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Sets (or with null, clears) the user's language.</summary>
    Task SetLanguageAsync(string userId, Language? language, CancellationToken cancellationToken);
}
