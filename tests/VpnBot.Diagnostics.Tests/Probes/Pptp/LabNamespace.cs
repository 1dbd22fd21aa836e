using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;

namespace VpnBot.Diagnostics.Tests.Probes.Pptp;

/// <summary>
/// A network namespace with a veth pair to this one, for running real VPN daemons on their real ports
/// (pptpd on 1723, xl2tpd on 1701, SoftEther on 443) at an address in 198.19.0.0/16 that only this
/// namespace has. Everything it starts, it stops by process id; disposing deletes the namespace and links.
/// Names start with <c>tunh-</c>.
/// </summary>
public sealed class LabNamespace : IAsyncDisposable
{
    private const string Ip = "/usr/sbin/ip";
    private readonly List<Process> _processes = [];
    private readonly List<string> _output = [];

    private LabNamespace(string name, string hostLink, string serverLink, IPAddress hostAddress, IPAddress serverAddress, DirectoryInfo directory)
    {
        Name = name;
        HostLink = hostLink;
        ServerLink = serverLink;
        HostAddress = hostAddress;
        ServerAddress = serverAddress;
        Directory = directory;
    }

    public string Name { get; }

    public string HostLink { get; }

    /// <summary>The veth end inside the namespace.</summary>
    public string ServerLink { get; }

    /// <summary>This side of the veth pair.</summary>
    public IPAddress HostAddress { get; }

    /// <summary>The daemon's address inside the namespace.</summary>
    public IPAddress ServerAddress { get; }

    /// <summary>A scratch directory for configuration files, removed on dispose.</summary>
    public DirectoryInfo Directory { get; }

    /// <summary>Why daemon tests cannot run here, or null when they can.</summary>
    public static string? Unavailable(params string[] programs)
    {
        if (!OperatingSystem.IsLinux())
        {
            return "network namespaces need Linux";
        }

        if (!Environment.IsPrivilegedProcess)
        {
            return "creating network namespaces needs root";
        }

        var missing = programs.Prepend(Ip).Where(p => !File.Exists(p)).ToList();
        return missing.Count == 0 ? null : $"missing {string.Join(", ", missing)} (eng/test.sh installs the lab packages)";
    }

    /// <summary>Skips the test when the lab cannot run; on CI (CI=true) a missing lab fails it instead.</summary>
    public static void SkipIf(string? reason)
    {
        if (reason is null)
        {
            return;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(reason);
        }

        Assert.Skip(reason);
    }

    /// <summary>Creates <c>tunh-TAG####</c> with a /30 of 198.19.0.0/16 not in use on this host.</summary>
    public static async Task<LabNamespace> CreateAsync(string tag)
    {
        var id = $"{tag}{RandomNumberGenerator.GetHexString(4, lowercase: true)}";
        var name = $"tunh-{id}";
        var hostLink = $"tunh-{id}a";
        var peerLink = $"tunh-{id}b";
        var (hostAddress, serverAddress) = await FreeSubnetAsync();
        var directory = System.IO.Directory.CreateTempSubdirectory("tunh-");
        var lab = new LabNamespace(name, hostLink, peerLink, hostAddress, serverAddress, directory);
        try
        {
            await RunAsync(Ip, "netns", "add", name);
            await RunAsync(Ip, "link", "add", hostLink, "type", "veth", "peer", "name", peerLink);
            await RunAsync(Ip, "link", "set", peerLink, "netns", name);
            await RunAsync(Ip, "addr", "add", $"{hostAddress}/30", "dev", hostLink);
            await RunAsync(Ip, "link", "set", hostLink, "up");
            await RunAsync(Ip, "-n", name, "addr", "add", $"{serverAddress}/30", "dev", peerLink);
            await RunAsync(Ip, "-n", name, "link", "set", peerLink, "up");
            await RunAsync(Ip, "-n", name, "link", "set", "lo", "up");
            return lab;
        }
        catch
        {
            await lab.DisposeAsync();
            throw;
        }
    }

    /// <summary>Runs a command inside the namespace to completion (configuration: iptables and the like).</summary>
    public Task<string> ExecAsync(string program, params string[] args) => RunAsync(Ip, ["netns", "exec", Name, program, .. args]);

    /// <summary>Starts a long-running program inside the namespace; it is stopped on dispose.</summary>
    public Process Start(string program, params string[] args)
    {
        var start = new ProcessStartInfo(Ip)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in (string[])["netns", "exec", Name, program, .. args])
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {program}");
        // Drain the pipes so a chatty daemon never blocks on a full one, and keep what it said.
        process.OutputDataReceived += (_, line) => Keep(line.Data);
        process.ErrorDataReceived += (_, line) => Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        lock (_processes)
        {
            _processes.Add(process);
        }

        return process;
    }

    /// <summary>Lines the started programs wrote to stdout and stderr so far.</summary>
    public IReadOnlyList<string> Output
    {
        get
        {
            lock (_output)
            {
                return [.. _output];
            }
        }
    }

    /// <summary>Waits until a started program has written a line containing <paramref name="text"/>.</summary>
    public async Task<bool> WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var started = TimeProvider.System.GetTimestamp();
        while (TimeProvider.System.GetElapsedTime(started) < timeout)
        {
            if (Output.Any(line => line.Contains(text, StringComparison.Ordinal)))
            {
                return true;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20), TimeProvider.System, TestContext.Current.CancellationToken);
        }

        return false;
    }

    /// <summary>Waits until something listens on <paramref name="port"/> inside the namespace (tcp or udp).</summary>
    public async Task WaitForListenerAsync(string protocol, int port, TimeSpan timeout)
    {
        var flag = protocol == "udp" ? "-Hlnu" : "-Hlnt";
        var started = TimeProvider.System.GetTimestamp();
        while (TimeProvider.System.GetElapsedTime(started) < timeout)
        {
            var sockets = await ExecAsync("/usr/bin/ss", flag);
            if (sockets.Contains($":{port} ", StringComparison.Ordinal))
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), TimeProvider.System, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException($"nothing listens on {protocol} {port} in {Name} after {timeout}");
    }

    public async ValueTask DisposeAsync()
    {
        List<Process> processes;
        lock (_processes)
        {
            processes = [.. _processes];
        }

        foreach (var process in processes)
        {
            try
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                    await process.WaitForExitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5), TimeProvider.System);
                }
            }
            catch (Exception ex) when (ex is InvalidOperationException or TimeoutException or System.ComponentModel.Win32Exception)
            {
                // Already gone.
            }

            process.Dispose();
        }

        await TryRunAsync(Ip, "netns", "del", Name);
        await TryRunAsync(Ip, "link", "del", HostLink);
        try
        {
            Directory.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A daemon may still hold a file for a moment; the temp directory is cleaned by the system.
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
        }
    }

    private static async Task<(IPAddress Host, IPAddress Server)> FreeSubnetAsync()
    {
        var inUse = await RunAsync(Ip, "-4", "-o", "addr", "show");
        for (var attempt = 0; attempt < 64; attempt++)
        {
            var third = RandomNumberGenerator.GetInt32(200, 255);
            var fourth = RandomNumberGenerator.GetInt32(0, 64) * 4;
            var prefix = $"198.19.{third}.";
            if (!Enumerable.Range(fourth, 4).Any(last => inUse.Contains($"inet {prefix}{last}/", StringComparison.Ordinal)))
            {
                return (IPAddress.Parse($"{prefix}{fourth + 1}"), IPAddress.Parse($"{prefix}{fourth + 2}"));
            }
        }

        throw new InvalidOperationException("no free /30 in 198.19.200.0/22 after 64 tries");
    }

    private static async Task<string> RunAsync(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {program}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(CancellationToken.None);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} exited {process.ExitCode}: {await error}");
        }

        return await output;
    }

    private static async Task TryRunAsync(string program, params string[] args)
    {
        try
        {
            await RunAsync(program, args);
        }
        catch (InvalidOperationException)
        {
            // Already gone with the namespace.
        }
    }
}
