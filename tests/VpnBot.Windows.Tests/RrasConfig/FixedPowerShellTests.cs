using VpnBot.Windows.RrasConfig;

namespace VpnBot.Windows.Tests.RrasConfig;

public sealed class FixedPowerShellTests
{
    [Fact]
    public void GetRemoteAccess_Arguments_AreExactlyTheFixedCommand()
    {
        var start = FixedPowerShell.GetRemoteAccess();

        Assert.Equal(["-NoProfile", "-NonInteractive", "-Command", "Get-RemoteAccess | ConvertTo-Json -Depth 3"], start.ArgumentList);
        // ArgumentList and Arguments are exclusive: nothing is ever concatenated into one command line.
        Assert.Equal(string.Empty, start.Arguments);
    }

    [Fact]
    public void GetRemoteAccess_Executable_IsWindowsPowerShellUnderTheSystemDirectory()
    {
        var start = FixedPowerShell.GetRemoteAccess();

        Assert.Equal("powershell.exe", Path.GetFileName(start.FileName));
        Assert.EndsWith(Path.Combine("WindowsPowerShell", "v1.0", "powershell.exe"), start.FileName, StringComparison.Ordinal);
        Assert.StartsWith(Environment.SystemDirectory, start.FileName, StringComparison.Ordinal);
    }

    [Fact]
    public void GetRemoteAccess_Process_HasNoShellNoWindowAndEveryStreamRedirected()
    {
        var start = FixedPowerShell.GetRemoteAccess();

        Assert.False(start.UseShellExecute);
        Assert.True(start.CreateNoWindow);
        Assert.True(start.RedirectStandardInput);
        Assert.True(start.RedirectStandardOutput);
        Assert.True(start.RedirectStandardError);
        Assert.NotNull(start.StandardOutputEncoding);
    }

    [Fact]
    public void Arguments_CannotBeChangedFromOutside()
    {
        Assert.Throws<NotSupportedException>(() => ((IList<string>)FixedPowerShell.Arguments).Add("-File"));
    }
}
