using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace VpnBot.Windows.RrasConfig;

/// <summary>
/// The only process the collectors start, spelled out here in full: Windows PowerShell by its path under
/// System32 (never whichever powershell.exe comes first on PATH or in the working directory), with an argument
/// list fixed in code and passed through <see cref="ProcessStartInfo.ArgumentList"/>. No text from
/// configuration, chat or the checked endpoint ever reaches it.
/// </summary>
internal static class FixedPowerShell
{
    /// <summary>Depth 3 reaches the certificate's fields and the VPN's address ranges; deeper only adds CIM metadata.</summary>
    public const string Command = "Get-RemoteAccess | ConvertTo-Json -Depth 3";

    public static IReadOnlyList<string> Arguments { get; } = ["-NoProfile", "-NonInteractive", "-Command", Command];

    /// <summary>Windows PowerShell 5.1, where the RemoteAccess module lives.</summary>
    public static string ExecutablePath => Path.Combine(Environment.SystemDirectory, "WindowsPowerShell", "v1.0", "powershell.exe");

    public static ProcessStartInfo GetRemoteAccess()
    {
        var encoding = ConsoleEncoding();
        var start = new ProcessStartInfo
        {
            FileName = ExecutablePath,
            WorkingDirectory = Environment.SystemDirectory,
            UseShellExecute = false,
            CreateNoWindow = true,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = encoding,
            StandardErrorEncoding = encoding,
        };
        foreach (var argument in Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    /// <summary>
    /// Windows PowerShell writes redirected output in its console's code page: the OEM code page of the system
    /// locale (437, 932 on Japanese Windows). Interface names and certificate subjects may be Japanese, so the
    /// output is read in that code page rather than as UTF-8.
    /// </summary>
    private static Encoding ConsoleEncoding()
    {
        var codePage = CultureInfo.CurrentCulture.TextInfo.OEMCodePage;
        return CodePagesEncodingProvider.Instance.GetEncoding(codePage) ?? Encoding.UTF8;
    }
}
