using System.Buffers.Binary;
using System.Net;
using System.Text;

namespace VpnBot.Diagnostics.Tests.Dns.Wire;

/// <summary>Record types and classes used by the test server (RFC 1035 §3.2.2, RFC 3596 §2.1).</summary>
internal static class RrType
{
    public const ushort A = 1;
    public const ushort Ns = 2;
    public const ushort Cname = 5;
    public const ushort Soa = 6;
    public const ushort Ptr = 12;
    public const ushort Mx = 15;
    public const ushort Txt = 16;
    public const ushort Aaaa = 28;
    public const ushort Opt = 41;
    public const ushort ClassIn = 1;
}

/// <summary>One resource record with its RDATA already encoded.</summary>
internal sealed record Rr(string Owner, ushort Type, uint Ttl, byte[] Rdata)
{
    public static Rr A(string owner, string address, uint ttl = 300) => new(owner, RrType.A, ttl, IPAddress.Parse(address).GetAddressBytes());

    public static Rr Aaaa(string owner, string address, uint ttl = 300) => new(owner, RrType.Aaaa, ttl, IPAddress.Parse(address).GetAddressBytes());

    public static Rr Cname(string owner, string target, uint ttl = 300) => new(owner, RrType.Cname, ttl, DnsWire.Name(target));

    public static Rr Ptr(string owner, string target, uint ttl = 300) => new(owner, RrType.Ptr, ttl, DnsWire.Name(target));

    public static Rr Ns(string owner, string target, uint ttl = 300) => new(owner, RrType.Ns, ttl, DnsWire.Name(target));

    public static Rr Txt(string owner, string text, uint ttl = 300) => new(owner, RrType.Txt, ttl, [(byte)text.Length, .. Encoding.ASCII.GetBytes(text)]);

    /// <summary>RFC 1035 §3.3.13: MNAME, RNAME, SERIAL, REFRESH, RETRY, EXPIRE, MINIMUM.</summary>
    public static Rr Soa(string apex, uint serial, uint ttl = 3600, uint minimum = 300)
    {
        var rdata = new List<byte>();
        rdata.AddRange(DnsWire.Name("ns1." + apex));
        rdata.AddRange(DnsWire.Name("hostmaster." + apex));
        foreach (var value in new[] { serial, 3600u, 600u, 86400u, minimum })
        {
            rdata.AddRange(DnsWire.U32(value));
        }

        return new Rr(apex, RrType.Soa, ttl, [.. rdata]);
    }
}

/// <summary>
/// Builds DNS messages byte by byte as RFC 1035 §4.1 lays them out: a 12-byte header, the question,
/// then answer, authority and additional records. Owner names equal to the question name are written as a
/// compression pointer to offset 12 (§4.1.4), as real servers do; every other name is written in full.
/// </summary>
internal sealed class DnsMessageBuilder
{
    public ushort Id { get; set; }

    public bool Response { get; set; } = true;

    public bool Authoritative { get; set; }

    public bool Truncated { get; set; }

    public bool RecursionDesired { get; set; } = true;

    public bool RecursionAvailable { get; set; }

    public int Rcode { get; set; }

    public string? QuestionName { get; set; }

    public ushort QuestionType { get; set; } = RrType.A;

    public List<Rr> Answers { get; } = [];

    public List<Rr> Authorities { get; } = [];

    public List<Rr> Additionals { get; } = [];

    public byte[] Build()
    {
        var bytes = new List<byte>(512);
        bytes.AddRange(DnsWire.U16(Id));
        // §4.1.1: QR | Opcode(4) | AA | TC | RD, then RA | Z(3) | RCODE(4).
        bytes.Add((byte)((Response ? 0x80 : 0) | (Authoritative ? 0x04 : 0) | (Truncated ? 0x02 : 0) | (RecursionDesired ? 0x01 : 0)));
        bytes.Add((byte)((RecursionAvailable ? 0x80 : 0) | (Rcode & 0x0F)));
        bytes.AddRange(DnsWire.U16((ushort)(QuestionName is null ? 0 : 1)));
        bytes.AddRange(DnsWire.U16((ushort)Answers.Count));
        bytes.AddRange(DnsWire.U16((ushort)Authorities.Count));
        bytes.AddRange(DnsWire.U16((ushort)Additionals.Count));
        if (QuestionName is not null)
        {
            bytes.AddRange(DnsWire.Name(QuestionName));
            bytes.AddRange(DnsWire.U16(QuestionType));
            bytes.AddRange(DnsWire.U16(RrType.ClassIn));
        }

        foreach (var rr in Answers.Concat(Authorities).Concat(Additionals))
        {
            var sameAsQuestion = QuestionName is not null && string.Equals(rr.Owner.TrimEnd('.'), QuestionName.TrimEnd('.'), StringComparison.OrdinalIgnoreCase);
            bytes.AddRange(sameAsQuestion ? [0xC0, 0x0C] : DnsWire.Name(rr.Owner));
            bytes.AddRange(DnsWire.U16(rr.Type));
            bytes.AddRange(DnsWire.U16(RrType.ClassIn));
            bytes.AddRange(DnsWire.U32(rr.Ttl));
            bytes.AddRange(DnsWire.U16((ushort)rr.Rdata.Length));
            bytes.AddRange(rr.Rdata);
        }

        return [.. bytes];
    }
}

internal static class DnsWire
{
    /// <summary>A domain name as length-prefixed labels ending in the root's zero byte (RFC 1035 §3.1).</summary>
    public static byte[] Name(string name)
    {
        var bytes = new List<byte>();
        foreach (var label in name.TrimEnd('.').Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var ascii = Encoding.ASCII.GetBytes(label);
            bytes.Add((byte)ascii.Length);
            bytes.AddRange(ascii);
        }

        bytes.Add(0);
        return [.. bytes];
    }

    public static byte[] U16(ushort value)
    {
        var bytes = new byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(bytes, value);
        return bytes;
    }

    public static byte[] U32(uint value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, value);
        return bytes;
    }
}
