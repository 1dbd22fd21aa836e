using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace VpnBot.Bench.Host;

/// <summary>
/// A bot running as its own process (<c>dotnet BOT.dll --urls http://127.0.0.1:PORT</c>), its output written
/// to a log file. Disposing kills it, and so does this process's exit: a run never leaves a bot behind.
/// </summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private static readonly ConcurrentDictionary<BotProcess, byte> Live = new();

    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly string _scratch;
    private bool _logClosed;

    static BotProcess() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        foreach (var bot in Live.Keys)
        {
            bot.Kill();
        }
    };

    private BotProcess(Process process, StreamWriter log, string scratch, Uri baseUrl)
    {
        _process = process;
        _log = log;
        _scratch = scratch;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public int Id => _process.Id;

    public static async Task<BotProcess> StartAsync(BotTarget target, string logFile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var scratch = Directory.CreateTempSubdirectory("vpnbot-bench-host-").FullName;
        var baseUrl = new Uri($"http://127.0.0.1:{FreePort().ToString(CultureInfo.InvariantCulture)}/");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = scratch,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])[target.Dll, "--urls", baseUrl.ToString().TrimEnd('/')])
        {
            start.ArgumentList.Add(argument);
        }

        // Nothing from the caller's environment may turn authentication on or move the bot elsewhere.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MicrosoftApp", StringComparison.OrdinalIgnoreCase) || k.StartsWith("ASPNETCORE_", StringComparison.Ordinal) || k.StartsWith("Vpn__", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(key);
        }

        foreach (var (key, value) in target.Environment(scratch))
        {
            start.Environment[key] = value;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(logFile))!);
        var log = new StreamWriter(logFile, append: false) { AutoFlush = true };
        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {target.Dll}");
        var bot = new BotProcess(process, log, scratch, baseUrl);
        Live.TryAdd(bot, 0);
        process.StandardInput.Close();
        process.OutputDataReceived += (_, e) => bot.Write(e.Data);
        process.ErrorDataReceived += (_, e) => bot.Write(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await bot.WaitUntilListeningAsync(cancellationToken);
        }
        catch
        {
            await bot.DisposeAsync();
            throw;
        }

        return bot;
    }

    public MemoryFacts Memory() => MemoryFacts.Read(_process.Id);

    /// <summary>User and system CPU time the process has used so far.</summary>
    public TimeSpan CpuTime()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
        Live.TryRemove(this, out _);
        lock (_log)
        {
            _logClosed = true;
            _log.Dispose();
        }

        try
        {
            Directory.Delete(_scratch, recursive: true);
        }
        catch (IOException)
        {
            // Left in the temp folder; nothing depends on it.
        }
    }

    private void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private void Write(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            if (!_logClosed)
            {
                _log.WriteLine(line);
            }
        }
    }

    // Any HTTP answer (404 included) means Kestrel listens and the host has finished starting.
    private async Task WaitUntilListeningAsync(CancellationToken cancellationToken)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var time = TimeProvider.System;
        var started = time.GetTimestamp();
        while (time.GetElapsedTime(started) < TimeSpan.FromSeconds(60))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the bot exited with status {_process.ExitCode} while starting; see its log");
            }

            try
            {
                using var response = await client.GetAsync(BaseUrl, cancellationToken);
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50), time, cancellationToken);
            }
        }

        throw new TimeoutException("the bot did not listen within 60 s");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
