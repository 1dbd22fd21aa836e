using System.Buffers.Binary;

namespace VpnBot.Diagnostics.Probes.Ike.Wire;

/// <summary>Appends big-endian fields (network byte order, RFC 7296 §3) to build payload bodies.</summary>
internal sealed class ByteBuilder
{
    private readonly List<byte> _bytes = [];

    public int Count => _bytes.Count;

    public ByteBuilder U8(byte value)
    {
        _bytes.Add(value);
        return this;
    }

    public ByteBuilder U16(ushort value)
    {
        Span<byte> buffer = stackalloc byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(buffer, value);
        _bytes.AddRange(buffer);
        return this;
    }

    public ByteBuilder U32(uint value)
    {
        Span<byte> buffer = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(buffer, value);
        _bytes.AddRange(buffer);
        return this;
    }

    public ByteBuilder Bytes(ReadOnlySpan<byte> value)
    {
        _bytes.AddRange(value);
        return this;
    }

    /// <summary>Overwrites a 16-bit field already written at <paramref name="offset"/> (a length known only at the end).</summary>
    public void PatchU16(int offset, ushort value)
    {
        _bytes[offset] = (byte)(value >> 8);
        _bytes[offset + 1] = (byte)value;
    }

    public byte[] ToArray() => [.. _bytes];
}
