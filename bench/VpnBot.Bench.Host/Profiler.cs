using System.Diagnostics;
using System.Globalization;

namespace VpnBot.Bench.Host;

/// <summary>
/// An optional diagnostics tool attached to the bot for the measured messages of each row, e.g.
/// <c>--attach "dotnet-trace collect -p {pid} --profile dotnet-sampled-thread-time --duration 00:00:00:10 -o artifacts/bench/host/{row}.nettrace"</c>.
/// The command is split on spaces and started directly (no shell); <c>{pid}</c> and <c>{row}</c> are filled in.
/// Numbers of a row measured under a profiler are not comparable with the others.
/// </summary>
internal sealed class Profiler : IDisposable
{
    // Tracing tools need a moment to connect to the runtime before the measured messages start.
    private static readonly TimeSpan Attaching = TimeSpan.FromSeconds(2);

    private readonly Process _process;

    private Profiler(Process process) => _process = process;

    public static async Task<Profiler?> StartAsync(string? command, int pid, string row, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(command))
        {
            return null;
        }

        var parts = command
            .Replace("{pid}", pid.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{row}", row, StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = new ProcessStartInfo(parts[0]) { UseShellExecute = false };
        foreach (var argument in parts[1..])
        {
            start.ArgumentList.Add(argument);
        }

        var profiler = new Profiler(Process.Start(start) ?? throw new InvalidOperationException($"could not start {parts[0]}"));
        await Task.Delay(Attaching, TimeProvider.System, cancellationToken);
        return profiler;
    }

    /// <summary>Waits for the tool to finish (it must stop by itself, e.g. with a duration).</summary>
    public Task WaitAsync(CancellationToken cancellationToken) => _process.WaitForExitAsync(cancellationToken);

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }

        _process.Dispose();
    }
}
