using System.Buffers.Binary;

namespace VpnBot.Diagnostics.Probes.Ike.Wire;

/// <summary>
/// Builds an IKE message payload by payload: each payload is appended with its generic header, and the
/// previous payload's (or the header's) next-payload field is patched to point at it.
/// </summary>
internal sealed class IkeMessageWriter
{
    private readonly List<byte> _bytes = [];
    private int _nextPayloadField;

    /// <summary>Starts a message with <paramref name="header"/>; its NextPayload and Length are filled in as payloads are added.</summary>
    public IkeMessageWriter(IkeHeader header)
    {
        Span<byte> buffer = stackalloc byte[IkeHeader.Size];
        (header with { NextPayload = 0, Length = 0 }).Write(buffer);
        _bytes.AddRange(buffer);
        _nextPayloadField = 16;
    }

    /// <summary>Appends a payload of <paramref name="type"/> with <paramref name="body"/>.</summary>
    public void Add(byte type, ReadOnlySpan<byte> body, bool critical = false)
    {
        if (body.Length + IkePayloadChain.HeaderSize > ushort.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(body), "An IKE payload cannot exceed 65535 bytes.");
        }

        _bytes[_nextPayloadField] = type;
        _nextPayloadField = _bytes.Count;
        _bytes.Add(IkePayloadChain.NoNextPayload);
        _bytes.Add(critical ? (byte)0x80 : (byte)0);
        var length = (ushort)(body.Length + IkePayloadChain.HeaderSize);
        _bytes.Add((byte)(length >> 8));
        _bytes.Add((byte)length);
        _bytes.AddRange(body);
    }

    /// <summary>The finished message with the header's length field set.</summary>
    public byte[] ToArray()
    {
        var message = _bytes.ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(message.AsSpan(24), (uint)message.Length);
        return message;
    }
}
