using System.Buffers.Binary;

namespace VpnBot.Diagnostics.Tests.Probes.Gre;

/// <summary>
/// A stand-in for pppd that pptpd can run where the kernel has no PPP: a shell script that writes one
/// HDLC-framed LCP Configure-Request (RFC 1662) to the pty pptpd gives it, then stays up. pptpd carries
/// the frame to the client in GRE, as it would pppd's.
/// </summary>
public static class PppStandIn
{
    /// <summary>The PPP frame written: LCP Configure-Request, identifier 1, Magic-Number 0x12345678.</summary>
    public static readonly byte[] LcpConfigureRequest = Convert.FromHexString("ff03c0210101000a050612345678");

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public static string Write(DirectoryInfo directory)
    {
        var frame = Path.Combine(directory.FullName, "lcp.bin");
        File.WriteAllBytes(frame, Frame(LcpConfigureRequest));
        var script = Path.Combine(directory.FullName, "ppp-standin");
        File.WriteAllText(script, $"#!/bin/sh\ncat {frame}\nexec sleep 30\n");
        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return script;
    }

    /// <summary>Asynchronous HDLC-like framing (RFC 1662 §4): FCS-16, flag sequences, control-character escapes.</summary>
    public static byte[] Frame(byte[] ppp)
    {
        var withFcs = new byte[ppp.Length + 2];
        ppp.CopyTo(withFcs, 0);
        BinaryPrimitives.WriteUInt16LittleEndian(withFcs.AsSpan(ppp.Length), Fcs16(ppp));
        var framed = new List<byte> { 0x7E };
        foreach (var b in withFcs)
        {
            if (b < 0x20 || b is 0x7D or 0x7E)
            {
                framed.Add(0x7D);
                framed.Add((byte)(b ^ 0x20));
            }
            else
            {
                framed.Add(b);
            }
        }

        framed.Add(0x7E);
        return [.. framed];
    }

    private static ushort Fcs16(byte[] data)
    {
        var fcs = 0xFFFF;
        foreach (var b in data)
        {
            fcs ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                fcs = (fcs & 1) != 0 ? (fcs >> 1) ^ 0x8408 : fcs >> 1;
            }
        }

        return (ushort)(fcs ^ 0xFFFF);
    }
}
