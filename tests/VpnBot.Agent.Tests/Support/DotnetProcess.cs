using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;

namespace VpnBot.Agent.Tests.Support;

/// <summary>A product process (host or agent) started from its built DLL, its output kept for assertions and failures.</summary>
public sealed class DotnetProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly SemaphoreSlim _newLine = new(0);

    private DotnetProcess(Process process)
    {
        _process = process;
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public string Output => string.Join('\n', _lines);

    public static string RepositoryRoot { get; } = FindRoot();

    public static string Configuration { get; } =
        typeof(DotnetProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "BuildConfiguration").Value!;

    public static string BuiltDll(string project, string assembly) =>
        Path.Combine(RepositoryRoot, "src", project, "bin", Configuration, "net10.0", assembly + ".dll");

    public static DotnetProcess Start(string dll, string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        StartIn(null, dll, workingDirectory, environment, arguments);

    /// <summary>Starts the DLL inside a network namespace (<c>ip netns exec</c>), or in this one when <paramref name="networkNamespace"/> is null.</summary>
    public static DotnetProcess StartIn(string? networkNamespace, string dll, string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(networkNamespace is null ? "dotnet" : "ip")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (networkNamespace is not null)
        {
            foreach (var word in (string[])["netns", "exec", networkNamespace, "dotnet"])
            {
                start.ArgumentList.Add(word);
            }
        }

        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        start.Environment["Logging__Console__FormatterOptions__SingleLine"] = "true";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var started = new DotnetProcess(process);
        process.OutputDataReceived += (_, e) => started.Add(e.Data);
        process.ErrorDataReceived += (_, e) => started.Add(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return started;
    }

    /// <summary>Waits for an output line containing <paramref name="text"/>; on timeout the failure shows the output.</summary>
    public async Task WaitForOutputAsync(string text, TimeSpan timeout, CancellationToken cancellationToken, int occurrence = 1)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        while (_lines.Count(l => l.Contains(text, StringComparison.Ordinal)) < occurrence)
        {
            try
            {
                await _newLine.WaitAsync(limit.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"No output line with \"{text}\" within {timeout}. Output:\n{Output}");
            }
        }
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await _process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The process did not exit within {timeout}. Output:\n{Output}");
        }

        return _process.ExitCode;
    }

    /// <summary>Ends the process at once, as a crash or a pulled plug would.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        await Task.Yield();
        _process.Dispose();
        _newLine.Dispose();
    }

    private void Add(string? line)
    {
        if (line is not null)
        {
            _lines.Enqueue(line);
            _newLine.Release();
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "VpnBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("VpnBot.sln not found above " + AppContext.BaseDirectory);
    }
}
