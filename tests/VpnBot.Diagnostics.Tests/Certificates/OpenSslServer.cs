using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace VpnBot.Diagnostics.Tests.Certificates;

/// <summary>
/// A real <c>openssl s_server</c> on 127.0.0.1 (LAB-NOTES), started for one test and stopped by its own process
/// handle. It answers every TLS client with the given certificate files until disposed.
/// </summary>
internal sealed class OpenSslServer : IAsyncDisposable
{
    private readonly Process _process;

    private OpenSslServer(Process process, IPEndPoint endpoint)
    {
        _process = process;
        Endpoint = endpoint;
    }

    public IPEndPoint Endpoint { get; }

    public static async Task<OpenSslServer> StartAsync(string directory, params string[] arguments)
    {
        var endpoint = TlsTestServer.ClosedPort();
        var start = new ProcessStartInfo("openssl")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "s_server", "-accept", string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{endpoint.Port}"), "-quiet", "-www" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("openssl s_server did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new OpenSslServer(process, endpoint);
        await server.WaitUntilListeningAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }

        await _process.WaitForExitAsync(TestContext.Current.CancellationToken);
        _process.Dispose();
    }

    /// <summary>Waits (up to 10 s) until the port accepts a connection: s_server needs a moment to bind.</summary>
    private async Task WaitUntilListeningAsync()
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"openssl s_server exited with {_process.ExitCode}");
            }

            using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                await probe.ConnectAsync(Endpoint, TestContext.Current.CancellationToken);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50), TimeProvider.System, TestContext.Current.CancellationToken);
            }
        }

        throw new InvalidOperationException("openssl s_server did not start listening");
    }
}
