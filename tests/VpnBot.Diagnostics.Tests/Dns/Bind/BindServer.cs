using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using DnsClient;
using VpnBot.Diagnostics.Dns.Querying;

namespace VpnBot.Diagnostics.Tests.Dns.Bind;

/// <summary>
/// A real BIND 9 (<c>named -g</c>) serving <c>example.local</c> and its reverse zone on 127.0.0.1 at a
/// free port, started for the test class and stopped by its PID. Needs root (named wants to open its
/// files and sockets as root when not told to drop privileges); without root the tests skip.
/// </summary>
public sealed class BindServer : IAsyncLifetime
{
    private const string Named = "/usr/sbin/named";
    private Process? _process;
    private string? _directory;

    public IPEndPoint? EndPoint { get; private set; }

    /// <summary>Why the server is not running, when it is not.</summary>
    public string? Unavailable { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (!Environment.IsPrivilegedProcess)
        {
            Unavailable = "BIND integration needs root";
            return;
        }

        if (!File.Exists(Named))
        {
            // On CI the harness installs bind9 first (eng/test.sh): a missing named there is a failure.
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"{Named} is missing: install bind9");
            }

            Unavailable = $"{Named} is not installed";
            return;
        }

        _directory = Directory.CreateTempSubdirectory("vpnbot-dns-bind-").FullName;
        var port = FreePort();
        await File.WriteAllTextAsync(Path.Combine(_directory, "named.conf"), Config(_directory, port));
        await File.WriteAllTextAsync(Path.Combine(_directory, "example.local.zone"), ForwardZone);
        await File.WriteAllTextAsync(Path.Combine(_directory, "reverse.zone"), ReverseZone);

        var start = new ProcessStartInfo(Named)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-g", "-n", "1", "-c", Path.Combine(_directory, "named.conf") })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("named did not start");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        EndPoint = new IPEndPoint(IPAddress.Loopback, port);
        await WaitUntilAnsweringAsync(EndPoint);
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        if (_directory is not null)
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private async Task WaitUntilAnsweringAsync(IPEndPoint endPoint)
    {
        var querier = new DnsQuerier(TimeProvider.System);
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"named exited with {_process.ExitCode}");
            }

            var answer = await querier.QueryAsync(endPoint, "example.local", QueryType.SOA, TimeSpan.FromMilliseconds(200), TestContext.Current.CancellationToken);
            if (answer.IsNoError)
            {
                return;
            }
        }

        throw new InvalidOperationException("named did not answer within 10 s");
    }

    private static int FreePort()
    {
        using var udp = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        udp.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)udp.LocalEndPoint!).Port;
    }

    // controls {} keeps named off the default rndc port other instances may use.
    private static string Config(string directory, int port) => $$"""
        options {
            directory "{{directory}}";
            pid-file "{{directory}}/named.pid";
            session-keyfile "{{directory}}/session.key";
            listen-on port {{port}} { 127.0.0.1; };
            listen-on-v6 { none; };
            recursion no;
            notify no;
            dnssec-validation no;
        };
        controls { };
        zone "example.local" { type primary; file "{{directory}}/example.local.zone"; };
        zone "0.0.10.in-addr.arpa" { type primary; file "{{directory}}/reverse.zone"; };
        """;

    private const string ForwardZone = """
        $TTL 300
        @        IN SOA ns1.example.local. hostmaster.example.local. 2024010101 3600 600 86400 300
        @        IN NS  ns1.example.local.
        ns1      IN A   127.0.0.1
        vpn      IN A   10.0.0.5
        alias    IN CNAME edge.example.local.
        edge     IN CNAME vpn.example.local.
        dangling IN CNAME gone.example.local.

        """;

    private const string ReverseZone = """
        $TTL 300
        @  IN SOA ns1.example.local. hostmaster.example.local. 1 3600 600 86400 300
        @  IN NS  ns1.example.local.
        5  IN PTR vpn.example.local.

        """;
}
