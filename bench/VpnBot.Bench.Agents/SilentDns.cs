using System.Net;
using System.Net.Sockets;

namespace VpnBot.Bench.Agents;

/// <summary>
/// A UDP port on loopback that is held open and never read: queries to it are neither answered nor refused
/// (a closed port would draw an ICMP "port unreachable" and end the query at once), as with a DNS server
/// behind a firewall that drops them.
/// </summary>
internal sealed class SilentDns : IDisposable
{
    private readonly UdpClient _socket = new(new IPEndPoint(IPAddress.Loopback, 0));

    public int Port => ((IPEndPoint)_socket.Client.LocalEndPoint!).Port;

    public void Dispose() => _socket.Dispose();
}
