using VpnBot.Windows.Agent;

namespace VpnBot.Windows.RrasConfig;

/// <summary>Reads what Windows PowerShell wrote on stderr, without repeating it beyond one bounded line.</summary>
internal static class PowerShellErrors
{
    /// <summary>
    /// The cmdlet does not exist: the RemoteAccess module (RSAT-RemoteAccess-PowerShell) is not installed.
    /// The error id is the same in every display language, unlike the message.
    /// </summary>
    public static bool IsCommandNotFound(string standardError) =>
        standardError.Contains("CommandNotFoundException", StringComparison.Ordinal);

    /// <summary>The first line that says something (the error message), bounded, for evidence.</summary>
    public static string FirstLine(string standardError) =>
        BoundedText.Of(standardError
            .Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .FirstOrDefault(line => !line.StartsWith("#<", StringComparison.Ordinal)) ?? string.Empty);
}
