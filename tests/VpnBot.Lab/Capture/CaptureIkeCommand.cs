using System.Net;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using VpnBot.Diagnostics.Configuration;
using VpnBot.Diagnostics.DependencyInjection;
using VpnBot.Diagnostics.Reporting;
using VpnBot.Lab.Processes;
using VpnBot.Lab.Testing;
using VpnBot.Lab.Topology;

namespace VpnBot.Lab.Capture;

/// <summary>
/// <c>VpnBot.Lab capture-ike DIR</c>: starts a lab, runs the core's own IKE checks and ike-scan against its responders
/// while a packet socket watches the lab's links, and writes each reply (and ike-scan's requests) as a hex fixture
/// into DIR — the files tests/VpnBot.Diagnostics.Tests/Probes/Ike/Fixtures holds, byte for byte as they crossed the wire.
/// </summary>
internal static class CaptureIkeCommand
{
    /// <summary>How long after a run the sniffer may still be catching up with the last datagram.</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(150);

    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(3);

    public static async Task<int> RunAsync(string directory)
    {
        if (LabRequirements.MissingReason("ike-scan") is { } reason)
        {
            await Console.Error.WriteLineAsync(reason).ConfigureAwait(false);
            return 1;
        }

        using var stop = new CancellationTokenSource();
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);
        Directory.CreateDirectory(directory);
        try
        {
            var lab = await VpnLab.StartAsync(stop.Token).ConfigureAwait(false);
            await using (lab.ConfigureAwait(false))
            {
                var written = await CaptureAsync(lab.Topology, directory, stop.Token).ConfigureAwait(false);
                foreach (var file in written)
                {
                    await Console.Out.WriteLineAsync(file).ConfigureAwait(false);
                }
            }

            return 0;
        }
        catch (LabStartException failure)
        {
            await Console.Error.WriteLineAsync(failure.Message).ConfigureAwait(false);
            return 1;
        }
        catch (CaptureException failure)
        {
            await Console.Error.WriteLineAsync(failure.Message).ConfigureAwait(false);
            return 1;
        }
        catch (OperationCanceledException)
        {
            return 130;
        }

        void Cancel(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }
    }

    private static async Task<IReadOnlyList<string>> CaptureAsync(LabTopology topology, string directory, CancellationToken cancellationToken)
    {
        using var services = new ServiceCollection()
            .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
            .AddVpnDiagnostics()
            .BuildServiceProvider();
        var checker = services.GetRequiredService<EndpointChecker>();
        var block = topology.Network.Gateway.GetAddressBytes();
        using var sniffer = new UdpSniffer(address => address.GetAddressBytes() is [198, 18, var third, _] && third / 8 == block[2] / 8);
        var strongSwan = await VersionAsync("/usr/lib/ipsec/charon", "--version", cancellationToken).ConfigureAwait(false);
        var written = new List<string>();

        foreach (var capture in IkeCaptures.Probes(topology.Ike, topology.Vpn))
        {
            var replies = await RunCheckAsync(checker, sniffer, capture, cancellationToken).ConfigureAwait(false);
            foreach (var (file, index, what) in capture.Files)
            {
                var reply = index < 0 ? replies.ElementAtOrDefault(replies.Count + index) : replies.ElementAtOrDefault(index);
                if (reply is null)
                {
                    throw new CaptureException($"{capture.Check} against {capture.Responder} got {replies.Count} replies; {file} needs reply {index}.");
                }

                var comment = $"{what}\nCaptured by the probe ({capture.Check}) from {strongSwan} in the VpnBot lab (`VpnBot.Lab capture-ike`).\ndialled: {reply.Source}\nlocal: {reply.Destination}";
                written.Add(await WriteAsync(directory, file, comment, reply.Payload, cancellationToken).ConfigureAwait(false));
            }
        }

        var ikeScan = await VersionAsync("ike-scan", "--version", cancellationToken).ConfigureAwait(false);
        foreach (var capture in IkeCaptures.IkeScan(topology.Ike))
        {
            string[] arguments = [.. capture.Ikev2 ? ["--ikev2"] : Array.Empty<string>(), "--sport=0", "--retry=1", capture.Responder.ToString()];
            var mark = sniffer.Seen.Count;
            await Command.RunAsync("ike-scan", arguments, cancellationToken).ConfigureAwait(false);
            await Task.Delay(Settle, TimeProvider.System, cancellationToken).ConfigureAwait(false);
            var exchanged = sniffer.Seen.Skip(mark).ToList();
            var request = exchanged.FirstOrDefault(d => d.Destination.Equals(new IPEndPoint(capture.Responder, 500)));
            var reply = request is null ? null : exchanged.FirstOrDefault(d => d.Source.Equals(request.Destination) && d.Destination.Equals(request.Source));
            if (request is null || reply is null)
            {
                throw new CaptureException($"ike-scan {string.Join(' ', arguments)}: no {(request is null ? "request" : "reply")} seen on the wire.");
            }

            var options = string.Join(' ', arguments[..^1]);
            foreach (var (kind, datagram) in new[] { ("request", request), ("reply", reply) })
            {
                var comment = $"{capture.What}: the {kind}, as {ikeScan} {options} and {strongSwan} in the VpnBot lab exchanged it.\nCaptured by `VpnBot.Lab capture-ike`.";
                written.Add(await WriteAsync(directory, $"ike-scan-{capture.Name}-{kind}.hex", comment, datagram.Payload, cancellationToken).ConfigureAwait(false));
            }
        }

        return written;
    }

    /// <summary>Runs one check of the core against the responder and returns the responder's replies, in order.</summary>
    private static async Task<IReadOnlyList<SniffedDatagram>> RunCheckAsync(
        EndpointChecker checker, UdpSniffer sniffer, ProbeCapture capture, CancellationToken cancellationToken)
    {
        var options = new EndpointOptions { Name = "capture", Fqdn = "vpn.example.local", Address = capture.Responder.Address.ToString() };
        options.Protocols.Add(capture.Protocols);
        var target = CheckTargetFactory.Create(options, new ThresholdOptions(), ArgumentNames.CommandLine).Target
            ?? throw new CaptureException($"{capture.Responder} is not a valid target.");
        var plan = checker.Plan(target, id => id == capture.Check);
        var mark = sniffer.Seen.Count;
        await checker.RunAsync(plan, Deadline, "capture-ike", cancellationToken: cancellationToken).ConfigureAwait(false);
        await Task.Delay(Settle, TimeProvider.System, cancellationToken).ConfigureAwait(false);
        return [.. sniffer.Seen.Skip(mark).Where(d => d.Source.Equals(capture.Responder))];
    }

    /// <summary>Writes the datagram as hex, 32 octets per line, under <c>#</c> comment lines (the fixtures' format).</summary>
    private static async Task<string> WriteAsync(string directory, string name, string comment, byte[] datagram, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        foreach (var line in comment.Split('\n'))
        {
            text.Append("# ").Append(line).Append('\n');
        }

        var hex = Convert.ToHexStringLower(datagram);
        for (var i = 0; i < hex.Length; i += 64)
        {
            text.Append(hex.AsSpan(i, Math.Min(64, hex.Length - i))).Append('\n');
        }

        var path = Path.Combine(directory, name);
        await File.WriteAllTextAsync(path, text.ToString(), cancellationToken).ConfigureAwait(false);
        return path;
    }

    /// <summary>The first line a program prints for its version ("ike-scan 1.9.5", "Linux strongSwan 5.9.8" becomes "strongSwan 5.9.8").</summary>
    private static async Task<string> VersionAsync(string program, string option, CancellationToken cancellationToken)
    {
        var result = await Command.RunAsync(program, [option], cancellationToken).ConfigureAwait(false);
        var line = (result.StandardOutput + result.StandardError).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? program;
        return line.StartsWith("Linux ", StringComparison.Ordinal) ? line["Linux ".Length..] : line;
    }
}

/// <summary>A capture that could not be made: the lab did not answer as the fixtures need.</summary>
internal sealed class CaptureException(string message) : Exception(message);
