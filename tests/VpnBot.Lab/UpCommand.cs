using System.Runtime.InteropServices;
using VpnBot.Lab.Testing;
using VpnBot.Lab.Topology;

namespace VpnBot.Lab;

/// <summary>
/// Runs a lab outside the tests (for the benchmark): prints the topology as JSON on stdout once everything is
/// ready, then holds the lab until Ctrl+C, SIGTERM, SIGHUP or the end of stdin, and tears it down.
/// </summary>
internal static class UpCommand
{
    public static async Task<int> RunAsync()
    {
        if (LabRequirements.MissingReason() is { } reason)
        {
            await Console.Error.WriteLineAsync(reason).ConfigureAwait(false);
            return 1;
        }

        using var stop = new CancellationTokenSource();
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);
        using var hangUp = PosixSignalRegistration.Create(PosixSignal.SIGHUP, Cancel);

        VpnLab lab;
        try
        {
            lab = await VpnLab.StartAsync(stop.Token).ConfigureAwait(false);
        }
        catch (LabStartException failure)
        {
            await Console.Error.WriteLineAsync(failure.Message).ConfigureAwait(false);
            return 1;
        }
        catch (OperationCanceledException)
        {
            return 130;
        }

        await using (lab.ConfigureAwait(false))
        {
            await Console.Out.WriteLineAsync(TopologyJson.Serialize(lab.Topology)).ConfigureAwait(false);
            await Console.Out.FlushAsync(stop.Token).ConfigureAwait(false);
            await Console.Error.WriteLineAsync(
                $"Lab slot {lab.Topology.Slot} up in {lab.Topology.StartupTime.TotalMilliseconds:0} ms. Ctrl+C or close stdin to stop.").ConfigureAwait(false);

            var stdinClosed = Console.OpenStandardInput().CopyToAsync(Stream.Null, stop.Token);
            await Task.WhenAny(stdinClosed, Task.Delay(Timeout.InfiniteTimeSpan, TimeProvider.System, stop.Token)).ConfigureAwait(false);
            await Console.Error.WriteLineAsync("Stopping the lab.").ConfigureAwait(false);
        }

        return 0;

        void Cancel(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }
    }
}
