using System.Diagnostics;
using System.Text.Json;
using VpnBot.Lab;
using VpnBot.Lab.Testing;

namespace VpnBot.Integration.Tests.Lab;

/// <summary>The lab's own promises: slots side by side, nothing left after disposal, crash leftovers removed.</summary>
public sealed class LabLifecycleTests(LabFixture fixture)
{
    [Fact(Timeout = 120_000)]
    public async Task StartAsync_WhileTheAssemblyLabRuns_TakesAnotherSlotAndDisposeLeavesNothing()
    {
        var running = fixture.Topology;
        IReadOnlyList<string> namespaces;
        VpnLab second;
        await using ((second = await VpnLab.StartAsync(TestContext.Current.CancellationToken)).ConfigureAwait(false))
        {
            Assert.NotEqual(running.Slot, second.Topology.Slot);
            Assert.NotEqual(running.Network.Bridge, second.Topology.Network.Bridge);
            Assert.NotEqual(running.Vpn.Address, second.Topology.Vpn.Address);
            Assert.All(second.Topology.Hosts, h => Assert.StartsWith($"vl{second.Topology.Slot}-", h.Namespace, StringComparison.Ordinal));
            Assert.All(second.Topology.Hosts, h => Assert.True(h.Namespace.Length <= 15));
            namespaces = [.. second.Topology.Hosts.Select(h => h.Namespace)];
            Assert.NotEmpty(second.Leftovers());
        }

        Assert.Empty(second.Leftovers());
        var listed = await RunAsync("ip", "netns", "list");
        Assert.All(namespaces, n => Assert.DoesNotContain(n + " ", listed + " ", StringComparison.Ordinal));
        Assert.False(Directory.Exists(second.Topology.Directory));
    }

    [Fact(Timeout = 120_000)]
    public async Task UpCommand_KilledWithoutTeardown_NextStartOfItsSlotRemovesTheLeftovers()
    {
        _ = fixture.Topology;
        var cancellationToken = TestContext.Current.CancellationToken;
        var info = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "VpnBot.Lab.dll"));
        info.ArgumentList.Add("up");
        using var up = Process.Start(info)!;
        var errors = up.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            // `up` prints the topology once the lab is ready.
            var json = await ReadJsonAsync(up.StandardOutput, cancellationToken);
            if (json is null)
            {
                Assert.Fail($"`VpnBot.Lab up` ended without printing a topology:\n{await errors}");
            }

            using var topology = JsonDocument.Parse(json);
            var slot = topology.RootElement.GetProperty("slot").GetInt32();
            using var state = JsonDocument.Parse(await File.ReadAllTextAsync($"/run/vpnbot-lab/slot-{slot}.json", cancellationToken));
            int[] daemons = [.. state.RootElement.GetProperty("Processes").EnumerateArray().Select(p => p.GetProperty("Pid").GetInt32())];
            Assert.NotEmpty(daemons);

            up.Kill(); // SIGKILL: no teardown at all
            await up.WaitForExitAsync(cancellationToken);
            Assert.All(daemons, pid => Assert.True(IsRunning(pid), $"daemon {pid} should have outlived its lab"));

            // The killed run released its slot's lock; starting that slot again removes what the run left.
            await using var next = await VpnLab.StartAsync(new LabOptions { Slot = slot }, cancellationToken);
            Assert.Equal(slot, next.Topology.Slot);
            Assert.All(daemons, pid => Assert.False(IsRunning(pid), $"leftover daemon {pid} should have been stopped"));
        }
        finally
        {
            if (!up.HasExited)
            {
                // Closing stdin is how `up` is told to tear down.
                up.StandardInput.Close();
                await up.WaitForExitAsync(CancellationToken.None);
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..][0] != 'Z';
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static async Task<string?> ReadJsonAsync(StreamReader output, CancellationToken cancellationToken)
    {
        var json = new System.Text.StringBuilder();
        while (await output.ReadLineAsync(cancellationToken) is { } line)
        {
            json.AppendLine(line);
            if (line == "}")
            {
                return json.ToString();
            }
        }

        return null;
    }

    private static async Task<string> RunAsync(string program, params string[] arguments)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return output;
    }
}
