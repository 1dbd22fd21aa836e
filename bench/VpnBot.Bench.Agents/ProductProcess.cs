using System.Collections.Concurrent;
using System.Diagnostics;

namespace VpnBot.Bench.Agents;

/// <summary>
/// A product process (<c>dotnet HOST-OR-AGENT.dll</c>) configured only by the environment it is given, its
/// output written to a log file and kept for <see cref="WaitForOutputAsync"/>. Disposing kills it, and so does
/// this process's exit: a run never leaves a host or an agent behind.
/// </summary>
internal sealed class ProductProcess : IAsyncDisposable
{
    private static readonly ConcurrentDictionary<ProductProcess, byte> Live = new();

    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly SemaphoreSlim _newLine = new(0);
    private bool _logClosed;

    static ProductProcess() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        foreach (var product in Live.Keys)
        {
            product.Kill();
        }
    };

    private ProductProcess(string name, Process process, StreamWriter log)
    {
        Name = name;
        _process = process;
        _log = log;
    }

    public string Name { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public static ProductProcess Start(string name, string dll, string workingDirectory, IReadOnlyDictionary<string, string> environment, string logFile, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Nothing from the caller's environment may reconfigure the product (authentication, endpoints, logging).
        foreach (var key in start.Environment.Keys.Where(Inherited).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        start.Environment["Logging__Console__FormatterOptions__SingleLine"] = "true";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(logFile))!);
        var log = new StreamWriter(logFile, append: false) { AutoFlush = true };
        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {dll}");
        var product = new ProductProcess(name, process, log);
        Live.TryAdd(product, 0);
        process.StandardInput.Close();
        process.OutputDataReceived += (_, e) => product.Add(e.Data);
        process.ErrorDataReceived += (_, e) => product.Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return product;
    }

    /// <summary>Waits for the <paramref name="occurrence"/>th output line containing <paramref name="text"/>.</summary>
    public async Task WaitForOutputAsync(string text, TimeSpan timeout, CancellationToken cancellationToken, int occurrence = 1)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        while (_lines.Count(l => l.Contains(text, StringComparison.Ordinal)) < occurrence)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with status {_process.ExitCode} before printing \"{text}\"; see its log");
            }

            try
            {
                // Wakes on each new line, and twice a second to notice an exit that printed nothing more.
                await _newLine.WaitAsync(TimeSpan.FromMilliseconds(500), limit.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"{Name} printed no line with \"{text}\" within {timeout.TotalSeconds:0} s; see its log");
            }
        }
    }

    /// <summary>Output lines so far that contain <paramref name="text"/>.</summary>
    public int CountOutput(string text) => _lines.Count(l => l.Contains(text, StringComparison.Ordinal));

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

        _newLine.Dispose();
    }

    private static bool Inherited(string key) =>
        key.StartsWith("Vpn__", StringComparison.Ordinal)
        || key.StartsWith("Logging__", StringComparison.Ordinal)
        || key.StartsWith("MicrosoftApp", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("ASPNETCORE_", StringComparison.Ordinal);

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

    private void Add(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            if (_logClosed)
            {
                return;
            }

            _log.WriteLine(line);
        }

        _lines.Enqueue(line);
        _newLine.Release();
    }
}
