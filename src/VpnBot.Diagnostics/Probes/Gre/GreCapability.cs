using System.Net.Sockets;

namespace VpnBot.Diagnostics.Probes.Gre;

/// <summary>Whether this process may send GRE itself, which <c>gre.path</c> needs (root or CAP_NET_RAW on Linux, an administrator on Windows).</summary>
public static class GreCapability
{
    public static bool CanOpenRawSockets()
    {
        using var socket = RawIpSocket.Open(AddressFamily.InterNetwork, GrePacketParser.IpProtocol, out _);
        return socket is not null;
    }
}
