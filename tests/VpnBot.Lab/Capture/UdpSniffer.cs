using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace VpnBot.Lab.Capture;

/// <summary>A UDP datagram seen on the wire: its endpoints and payload.</summary>
internal sealed record SniffedDatagram(IPEndPoint Source, IPEndPoint Destination, byte[] Payload);

/// <summary>
/// Sees every IPv4 UDP datagram to or from the lab's ports 500 and 4500 in both directions, on the lab's links in the
/// root namespace, with a packet socket (AF_PACKET, ETH_P_ALL). A datagram crosses the bridge and a bridge port, so
/// each is kept once. Only datagrams between addresses of the lab's own /21 are kept.
/// </summary>
internal sealed class UdpSniffer : IDisposable
{
    /// <summary>ETH_P_ALL (linux/if_ether.h) in network byte order, as socket(2) wants the protocol of a packet socket.</summary>
    private const int AllProtocols = 0x0300;

    private const int EthernetHeader = 14;
    private const ushort EtherTypeIpv4 = 0x0800;
    private const byte ProtocolUdp = 17;

    private readonly Socket _socket = new(AddressFamily.Packet, SocketType.Raw, (ProtocolType)AllProtocols);
    private readonly ConcurrentQueue<SniffedDatagram> _seen = new();
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
    private readonly Func<IPAddress, bool> _inLab;
    private readonly Thread _reader;
    private volatile bool _stopping;

    public UdpSniffer(Func<IPAddress, bool> inLab)
    {
        _inLab = inLab;
        _socket.ReceiveTimeout = 100;
        _reader = new Thread(Read) { IsBackground = true, Name = "lab UDP sniffer" };
        _reader.Start();
    }

    /// <summary>Everything kept so far, in the order it was seen.</summary>
    public IReadOnlyList<SniffedDatagram> Seen => [.. _seen];

    private void Read()
    {
        var frame = new byte[65536];
        while (!_stopping)
        {
            int length;
            try
            {
                length = _socket.Receive(frame);
            }
            catch (SocketException ex) when (ex.SocketErrorCode is SocketError.TimedOut or SocketError.WouldBlock or SocketError.Interrupted)
            {
                continue;
            }
            catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
            {
                return;
            }

            if (Parse(frame.AsSpan(0, length)) is { } datagram && Keep(datagram))
            {
                _seen.Enqueue(datagram);
            }
        }
    }

    private bool Keep(SniffedDatagram datagram)
    {
        if (!_inLab(datagram.Source.Address) || !_inLab(datagram.Destination.Address))
        {
            return false;
        }

        var key = $"{datagram.Source}>{datagram.Destination}:{Convert.ToHexString(datagram.Payload)}";
        return _keys.Add(key);
    }

    /// <summary>Ethernet II, IPv4 (RFC 791), UDP (RFC 768) to or from port 500 or 4500; null for anything else.</summary>
    private static SniffedDatagram? Parse(ReadOnlySpan<byte> frame)
    {
        if (frame.Length < EthernetHeader + 20 || BinaryPrimitives.ReadUInt16BigEndian(frame[12..]) != EtherTypeIpv4)
        {
            return null;
        }

        var ip = frame[EthernetHeader..];
        var headerLength = (ip[0] & 0x0F) * 4;
        if (ip[0] >> 4 != 4 || ip[9] != ProtocolUdp || headerLength < 20 || ip.Length < headerLength + 8)
        {
            return null;
        }

        // A fragment other than the first carries no UDP header.
        if ((BinaryPrimitives.ReadUInt16BigEndian(ip[6..]) & 0x1FFF) != 0)
        {
            return null;
        }

        var udp = ip[headerLength..];
        var sourcePort = BinaryPrimitives.ReadUInt16BigEndian(udp);
        var destinationPort = BinaryPrimitives.ReadUInt16BigEndian(udp[2..]);
        var udpLength = BinaryPrimitives.ReadUInt16BigEndian(udp[4..]);
        if (udpLength < 8 || udpLength > udp.Length || !IsIke(sourcePort) && !IsIke(destinationPort))
        {
            return null;
        }

        return new SniffedDatagram(
            new IPEndPoint(new IPAddress(ip.Slice(12, 4)), sourcePort),
            new IPEndPoint(new IPAddress(ip.Slice(16, 4)), destinationPort),
            udp[8..udpLength].ToArray());

        static bool IsIke(int port) => port is 500 or 4500;
    }

    public void Dispose()
    {
        _stopping = true;
        _reader.Join();
        _socket.Dispose();
    }
}
