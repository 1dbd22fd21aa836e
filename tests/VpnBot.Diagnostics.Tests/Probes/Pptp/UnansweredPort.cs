using System.Net;
using System.Net.Sockets;

namespace VpnBot.Diagnostics.Tests.Probes.Pptp;

/// <summary>
/// A port on 127.0.0.1 whose SYNs go unanswered: a listener with a backlog of zero whose one slot is taken
/// by a connection nobody accepts. Linux drops further SYNs, as a filtering firewall would.
/// </summary>
public sealed class UnansweredPort : IDisposable
{
    private readonly Socket _listener;
    private readonly Socket _filler;

    public UnansweredPort()
    {
        _listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        _listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        _listener.Listen(0);
        _filler = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        _filler.Connect(_listener.LocalEndPoint!);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndPoint!).Port;

    public void Dispose()
    {
        _filler.Dispose();
        _listener.Dispose();
    }
}
