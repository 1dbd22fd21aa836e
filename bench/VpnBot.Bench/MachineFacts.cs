using System.Diagnostics;
using System.Runtime.InteropServices;

namespace VpnBot.Bench;

/// <summary>What the numbers were measured on.</summary>
public sealed record MachineFacts(string Cpu, int Cores, string Memory, string Kernel, string Os, string Runtime, IReadOnlyDictionary<string, string> Tools)
{
    public static async Task<MachineFacts> ReadAsync(CancellationToken cancellationToken)
    {
        var cpuinfo = await File.ReadAllLinesAsync("/proc/cpuinfo", cancellationToken);
        var cpu = cpuinfo.FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown";
        var meminfo = await File.ReadAllLinesAsync("/proc/meminfo", cancellationToken);
        var memory = meminfo.FirstOrDefault(l => l.StartsWith("MemTotal", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown";
        var os = (await File.ReadAllLinesAsync("/etc/os-release", cancellationToken))
            .FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?.Split('=', 2)[1].Trim('"') ?? "unknown";
        var tools = new Dictionary<string, string>
        {
            ["dig"] = await FirstLineAsync("dig", ["-v"], cancellationToken),
            ["ike-scan"] = await FirstLineAsync("ike-scan", ["--version"], cancellationToken),
            ["openssl"] = await FirstLineAsync("openssl", ["version"], cancellationToken),
            ["nc"] = "netcat-openbsd",
        };
        return new MachineFacts(cpu, Environment.ProcessorCount, memory, await FirstLineAsync("uname", ["-r"], cancellationToken), os, RuntimeInformation.FrameworkDescription, tools);
    }

    private static async Task<string> FirstLineAsync(string file, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync(cancellationToken) + await process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "unknown";
    }
}
