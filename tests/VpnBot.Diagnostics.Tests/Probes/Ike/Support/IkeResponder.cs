using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using VpnBot.Diagnostics.Probes.Ike.Ikev2;
using VpnBot.Diagnostics.Probes.Ike.Wire;

namespace VpnBot.Diagnostics.Tests.Probes.Ike.Support;

/// <summary>A request the responder received: the datagram, its IKE message (after any marker) and its sender.</summary>
internal sealed record ReceivedRequest(byte[] Datagram, byte[] Message, IPEndPoint From, int Index)
{
    public ulong Spi => BinaryPrimitives.ReadUInt64BigEndian(Message);

    /// <summary>The IKEv2 payloads of the request.</summary>
    public List<IkePayload> Payloads()
    {
        var payloads = new List<IkePayload>();
        if (IkeHeader.TryRead(Message, out var header))
        {
            IkePayloadChain.Walk(Message, IkeHeader.Size, header.NextPayload, payloads);
        }

        return payloads;
    }

    /// <summary>The group of the request's Key Exchange payload.</summary>
    public ushort KeGroup => BinaryPrimitives.ReadUInt16BigEndian(Payloads().First(p => p.Type == Ikev2Payload.KeyExchange).Body.Span);
}

/// <summary>
/// The transport seam of the end-to-end tests: a UDP server on 127.0.0.1 that answers each request with
/// bytes chosen by the test, typically a captured reply made to fit the request (SPIi copied in, NAT
/// detection hashes recomputed for the loopback endpoints).
/// </summary>
internal sealed class IkeResponder : IAsyncDisposable
{
    private readonly Socket _socket = new(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
    private readonly CancellationTokenSource _stop = new();
    private readonly Func<IkeResponder, ReceivedRequest, byte[]?> _reply;
    private readonly Task _loop;
    private readonly List<ReceivedRequest> _requests = [];

    public IkeResponder(Func<IkeResponder, ReceivedRequest, byte[]?> reply)
    {
        _reply = reply;
        _socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        _loop = Task.Run(LoopAsync);
    }

    public IPEndPoint Endpoint => (IPEndPoint)_socket.LocalEndPoint!;

    public int Port => Endpoint.Port;

    public IReadOnlyList<ReceivedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>The fixture's datagram adapted to <paramref name="request"/>; NAT detection hashes are made to match unless told otherwise.</summary>
    public byte[] Replay(string fixture, ReceivedRequest request, bool serverBehindNat = false)
    {
        var datagram = HexFixture.Load(fixture);
        var offset = NonEspMarker.IsPresent(datagram) ? NonEspMarker.Size : 0;
        BinaryPrimitives.WriteUInt64BigEndian(datagram.AsSpan(offset), request.Spi);
        var message = datagram.AsMemory(offset);
        if (!IkeHeader.TryRead(message.Span, out var header) || header.MajorVersion != Ikev2Constants.MajorVersion)
        {
            return datagram;
        }

        var payloads = new List<IkePayload>();
        IkePayloadChain.Walk(message, IkeHeader.Size, header.NextPayload, payloads);
        foreach (var notify in payloads.Where(p => p.Type == Ikev2Payload.Notify && p.Body.Length == 24))
        {
            var type = BinaryPrimitives.ReadUInt16BigEndian(notify.Body.Span[2..]);
            var about = type switch
            {
                Ikev2Notify.NatDetectionSourceIp => serverBehindNat ? new IPEndPoint(IPAddress.Parse("10.0.0.5"), 500) : Endpoint,
                Ikev2Notify.NatDetectionDestinationIp => request.From,
                _ => null,
            };
            if (about is not null)
            {
                NatDetection.Hash(request.Spi, header.ResponderSpi, about).CopyTo(datagram, offset + notify.Offset + 8);
            }
        }

        return datagram;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _socket.Dispose();
        try
        {
            await _loop;
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopping ends the receive loop one way or another.
        }

        _stop.Dispose();
    }

    private async Task LoopAsync()
    {
        var buffer = new byte[65_535];
        while (!_stop.IsCancellationRequested)
        {
            var received = await _socket.ReceiveFromAsync(buffer, SocketFlags.None, new IPEndPoint(IPAddress.Any, 0), _stop.Token);
            var datagram = buffer.AsSpan(0, received.ReceivedBytes).ToArray();
            var message = NonEspMarker.IsPresent(datagram) ? datagram[NonEspMarker.Size..] : datagram;
            ReceivedRequest request;
            lock (_requests)
            {
                request = new ReceivedRequest(datagram, message, (IPEndPoint)received.RemoteEndPoint, _requests.Count);
                _requests.Add(request);
            }

            if (_reply(this, request) is { } reply)
            {
                await _socket.SendToAsync(reply, SocketFlags.None, received.RemoteEndPoint, _stop.Token);
            }
        }
    }
}
