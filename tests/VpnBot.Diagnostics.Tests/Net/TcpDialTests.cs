using System.Net;
using System.Net.Sockets;
using VpnBot.Diagnostics.Net;

namespace VpnBot.Diagnostics.Tests.Net;

public sealed class TcpDialTests
{
    [Fact]
    public async Task ConnectAsync_Listening_Connects()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();

        using var result = await TcpDial.ConnectAsync((IPEndPoint)listener.LocalEndpoint, TimeSpan.FromSeconds(5), TimeProvider.System, TestContext.Current.CancellationToken);

        Assert.Equal(TcpOutcome.Connected, result.Outcome);
        Assert.NotNull(result.Socket);
    }

    [Fact]
    public async Task ConnectAsync_NothingListening_IsRefused()
    {
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        using var result = await TcpDial.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), TimeSpan.FromSeconds(5), TimeProvider.System, TestContext.Current.CancellationToken);

        Assert.Equal(TcpOutcome.Refused, result.Outcome);
        Assert.Null(result.Socket);
    }

    [Fact]
    public async Task ConnectAsync_CallerCancels_Throws()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            TcpDial.ConnectAsync((IPEndPoint)listener.LocalEndpoint, TimeSpan.FromSeconds(5), TimeProvider.System, cts.Token));
    }
}
