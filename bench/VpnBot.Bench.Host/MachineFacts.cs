using System.Runtime.InteropServices;

namespace VpnBot.Bench.Host;

/// <summary>What the numbers were measured on.</summary>
internal sealed record MachineFacts(string Cpu, int Cores, string Memory, string Os, string Kernel, string Runtime)
{
    public static async Task<MachineFacts> ReadAsync(CancellationToken cancellationToken)
    {
        var cpu = Field(await File.ReadAllLinesAsync("/proc/cpuinfo", cancellationToken), "model name", ':');
        var memory = Field(await File.ReadAllLinesAsync("/proc/meminfo", cancellationToken), "MemTotal", ':');
        var os = Field(await File.ReadAllLinesAsync("/etc/os-release", cancellationToken), "PRETTY_NAME", '=').Trim('"');
        var kernel = (await File.ReadAllTextAsync("/proc/sys/kernel/osrelease", cancellationToken)).Trim();
        return new MachineFacts(cpu, Environment.ProcessorCount, memory, os, kernel, RuntimeInformation.FrameworkDescription);
    }

    private static string Field(IEnumerable<string> lines, string name, char separator) =>
        lines.FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal))?.Split(separator, 2)[1].Trim() ?? "unknown";
}
