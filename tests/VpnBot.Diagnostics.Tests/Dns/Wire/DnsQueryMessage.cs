using System.Buffers.Binary;
using System.Text;

namespace VpnBot.Diagnostics.Tests.Dns.Wire;

/// <summary>The parts of an incoming query the test server needs: id, RD flag and the first question.</summary>
internal sealed record DnsQueryMessage(ushort Id, bool RecursionDesired, string Name, ushort Type)
{
    /// <summary>Reads a query (RFC 1035 §4.1.1–4.1.2); null for anything that is not one.</summary>
    public static DnsQueryMessage? Parse(ReadOnlySpan<byte> message)
    {
        if (message.Length < 12 || BinaryPrimitives.ReadUInt16BigEndian(message[4..]) == 0)
        {
            return null;
        }

        var labels = new List<string>();
        var offset = 12;
        while (true)
        {
            if (offset >= message.Length)
            {
                return null;
            }

            int length = message[offset++];
            if (length == 0)
            {
                break;
            }

            if (length > 63 || offset + length > message.Length)
            {
                return null;
            }

            labels.Add(Encoding.ASCII.GetString(message.Slice(offset, length)));
            offset += length;
        }

        if (offset + 4 > message.Length)
        {
            return null;
        }

        var id = BinaryPrimitives.ReadUInt16BigEndian(message);
        var type = BinaryPrimitives.ReadUInt16BigEndian(message[offset..]);
        return new DnsQueryMessage(id, (message[2] & 0x01) != 0, string.Join('.', labels).ToLowerInvariant(), type);
    }

    /// <summary>A reply skeleton: same id and question, QR set.</summary>
    public DnsMessageBuilder Reply() => new() { Id = Id, RecursionDesired = RecursionDesired, QuestionName = Name, QuestionType = Type };
}
