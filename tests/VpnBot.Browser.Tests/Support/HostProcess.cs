using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace VpnBot.Browser.Tests.Support;

/// <summary>
/// The built bot host (VpnBot.Host, copied beside the tests by the project reference) as its own process, in
/// the Development environment, on a free loopback port, with its content root and data in a scratch folder.
/// Stopped by its own process handle when disposed.
/// </summary>
internal sealed partial class HostProcess : IAsyncDisposable
{
    // A guard against a host that never starts, not a timing assertion.
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly DirectoryInfo _scratch;
    private readonly StringBuilder _output;

    private HostProcess(Process process, DirectoryInfo scratch, StringBuilder output, Uri address)
    {
        _process = process;
        _scratch = scratch;
        _output = output;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>Everything the host wrote so far, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static async Task<HostProcess> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var scratch = Directory.CreateTempSubdirectory("vpnbot-host-");
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "VpnBot.Host.exe" : "VpnBot.Host"))
        {
            WorkingDirectory = scratch.FullName,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "--urls", "http://127.0.0.1:0", "--environment", "Development", "--contentRoot", scratch.FullName })
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        start.Environment.Remove("ASPNETCORE_URLS");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Logging__Console__FormatterName"] = "simple";

        var output = new StringBuilder();
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, line) => Record(line.Data);
        process.ErrorDataReceived += (_, line) => Record(line.Data);
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException("The host exited before it listened."));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var address = await listening.Task.WaitAsync(StartLimit, TestContext.Current.CancellationToken);
            return new HostProcess(process, scratch, output, address);
        }
        catch (Exception failure) when (failure is InvalidOperationException or TimeoutException)
        {
            var failed = new HostProcess(process, scratch, output, new Uri("http://127.0.0.1/"));
            await failed.DisposeAsync();
            throw new InvalidOperationException($"The host did not start: {failure.Message}\n{failed.Output}", failure);
        }

        void Record(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (output)
            {
                output.AppendLine(line);
            }

            if (Listening().Match(line) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups[1].Value.TrimEnd('/') + "/"));
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None);
        }

        _process.Dispose();
        try
        {
            _scratch.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A file the host still held as it died: the temp folder is the system's to clean.
        }
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();
}
