using System.Buffers.Binary;
using VpnBot.Diagnostics.Probes.Ike.Wire;

namespace VpnBot.Diagnostics.Tests.Probes.Ike.Support;

/// <summary>
/// Deterministic damage to real IKE messages: bit flips, truncation, corrupted length fields (the header's,
/// each payload's, and any 16-bit field inside), inserted and deleted bytes, and splices of two messages.
/// Half the time the header's length is repaired so the damage reaches the payload parsers.
/// </summary>
internal sealed class IkeMutator(int seed)
{
    private static readonly ushort[] EdgeLengths = [0, 1, 3, 4, 7, 8, 9, 12, 27, 28, 29, 0x7FFF, 0x8000, 0xFFFF];
    private readonly Random _random = new(seed);

    public byte[] RandomBytes(int maxLength)
    {
        var bytes = new byte[_random.Next(maxLength + 1)];
        _random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>A valid-looking header (SPIi, version, exchange, flags, exact length) over random payload bytes.</summary>
    public byte[] RandomBehindHeader(ulong spi, byte version, byte exchange, byte flags, int maxBody)
    {
        var body = RandomBytes(maxBody);
        var message = new byte[IkeHeader.Size + body.Length];
        new IkeHeader(spi, (ulong)_random.NextInt64(), (byte)_random.Next(256), version, 0, exchange, flags, 0, (uint)message.Length).Write(message);
        body.CopyTo(message, IkeHeader.Size);
        return message;
    }

    public byte[] Mutate(byte[] original, byte[] other)
    {
        var message = (byte[])original.Clone();
        var mutated = _random.Next(6) switch
        {
            0 => FlipBits(message),
            1 => message[.._random.Next(message.Length + 1)],
            2 => CorruptPayloadLength(message),
            3 => CorruptAnyField(message),
            4 => InsertOrDelete(message),
            _ => Splice(message, other),
        };
        if (_random.Next(2) == 0 && mutated.Length >= IkeHeader.Size)
        {
            BinaryPrimitives.WriteUInt32BigEndian(mutated.AsSpan(24), (uint)mutated.Length);
        }

        return mutated;
    }

    private byte[] FlipBits(byte[] message)
    {
        var flips = 1 + _random.Next(8);
        for (var i = 0; i < flips && message.Length > 0; i++)
        {
            message[_random.Next(message.Length)] ^= (byte)(1 << _random.Next(8));
        }

        return message;
    }

    /// <summary>Overwrites the length field of a payload found by walking the original chain (or the header's).</summary>
    private byte[] CorruptPayloadLength(byte[] message)
    {
        var payloads = new List<IkePayload>();
        if (IkeHeader.TryRead(message, out var header))
        {
            IkePayloadChain.Walk(message, IkeHeader.Size, header.NextPayload, payloads);
        }

        var edge = EdgeLengths[_random.Next(EdgeLengths.Length)];
        if (payloads.Count == 0)
        {
            if (message.Length >= IkeHeader.Size)
            {
                BinaryPrimitives.WriteUInt32BigEndian(message.AsSpan(24), edge);
            }

            return message;
        }

        var target = payloads[_random.Next(payloads.Count)];
        var original = BinaryPrimitives.ReadUInt16BigEndian(message.AsSpan(target.Offset + 2));
        var value = _random.Next(3) switch
        {
            0 => edge,
            1 => (ushort)(original + 1),
            _ => (ushort)(original - 1),
        };
        BinaryPrimitives.WriteUInt16BigEndian(message.AsSpan(target.Offset + 2), value);
        return message;
    }

    /// <summary>Any 16-bit position after the header: hits proposal, transform, attribute and SPI-size fields.</summary>
    private byte[] CorruptAnyField(byte[] message)
    {
        if (message.Length < IkeHeader.Size + 2)
        {
            return message;
        }

        var at = IkeHeader.Size + _random.Next(message.Length - IkeHeader.Size - 1);
        BinaryPrimitives.WriteUInt16BigEndian(message.AsSpan(at), EdgeLengths[_random.Next(EdgeLengths.Length)]);
        return message;
    }

    private byte[] InsertOrDelete(byte[] message)
    {
        var at = _random.Next(message.Length + 1);
        var count = 1 + _random.Next(8);
        if (_random.Next(2) == 0)
        {
            var inserted = new byte[count];
            _random.NextBytes(inserted);
            return [.. message[..at], .. inserted, .. message[at..]];
        }

        var end = Math.Min(message.Length, at + count);
        return [.. message[..at], .. message[end..]];
    }

    private byte[] Splice(byte[] message, byte[] other)
    {
        var cut = _random.Next(message.Length + 1);
        var from = _random.Next(other.Length + 1);
        return [.. message[..cut], .. other[from..]];
    }
}
