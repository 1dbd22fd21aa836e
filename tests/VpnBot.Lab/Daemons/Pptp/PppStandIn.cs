using System.Buffers.Binary;

namespace VpnBot.Lab.Daemons.Pptp;

/// <summary>
/// What pptpd runs instead of pppd (its <c>ppp</c> option) where the kernel has no PPP: a shell script that
/// writes one HDLC-framed LCP Configure-Request (RFC 1662) to the pty pptpd hands it, then reads the pty
/// until pptpd closes it. pptpd carries the frame to the client in GRE, as it would pppd's first frame.
/// </summary>
internal static class PppStandIn
{
    /// <summary>RFC 1662 §4.1 flag sequence and §4.2 control escape.</summary>
    private const byte Flag = 0x7E;
    private const byte Escape = 0x7D;

    /// <summary>The PPP frame written: LCP Configure-Request (RFC 1661 §5.1), identifier 1, Magic-Number 0x12345678.</summary>
    public static readonly byte[] LcpConfigureRequest = Convert.FromHexString("ff03c0210101000a050612345678");

    /// <summary>Writes the script and its frame into <paramref name="directory"/> and returns the script's path.</summary>
    public static async Task<string> WriteAsync(string directory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var frame = Path.Combine(directory, "lcp-configure-request.bin");
        await File.WriteAllBytesAsync(frame, Frame(LcpConfigureRequest), cancellationToken).ConfigureAwait(false);

        // The arguments pptpd passes (pppd options) are ignored; reading stdin ends when pptpd closes the pty.
        var script = Path.Combine(directory, "ppp-stand-in");
        await File.WriteAllTextAsync(script, $"#!/bin/sh\ncat '{frame}'\nexec cat > /dev/null\n", cancellationToken).ConfigureAwait(false);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return script;
    }

    /// <summary>Asynchronous HDLC-like framing (RFC 1662 §4): FCS-16 appended, flag sequences, control-character escapes.</summary>
    public static byte[] Frame(ReadOnlySpan<byte> ppp)
    {
        var withFcs = new byte[ppp.Length + 2];
        ppp.CopyTo(withFcs);
        BinaryPrimitives.WriteUInt16LittleEndian(withFcs.AsSpan(ppp.Length), Fcs16(ppp));
        var framed = new List<byte>(withFcs.Length * 2 + 2) { Flag };
        foreach (var b in withFcs)
        {
            // §4.2: with the default ACCM every octet below 0x20, the flag and the escape itself are escaped.
            if (b < 0x20 || b is Escape or Flag)
            {
                framed.Add(Escape);
                framed.Add((byte)(b ^ 0x20));
            }
            else
            {
                framed.Add(b);
            }
        }

        framed.Add(Flag);
        return [.. framed];
    }

    /// <summary>The 16-bit frame check sequence of RFC 1662 §C.2 (reflected polynomial 0x8408, initial 0xFFFF, complemented).</summary>
    private static ushort Fcs16(ReadOnlySpan<byte> data)
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
