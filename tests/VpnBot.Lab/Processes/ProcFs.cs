using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace VpnBot.Lab.Processes;

/// <summary>Reads /proc: a process's start time and image, and the sockets bound in the network namespace it lives in.</summary>
internal static class ProcFs
{
    /// <summary>Field 22 of /proc/PID/stat (clock ticks after boot), or null when the process is gone.</summary>
    public static long? StartTime(int pid) => StatField(pid, 19);

    private static long? StatField(int pid, int indexAfterName)
    {
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return null;
        }

        // The command name (field 2) is parenthesised and may hold spaces: count fields after the last ')'.
        var rest = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return rest.Length > indexAfterName && long.TryParse(rest[indexAfterName], CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    /// <summary>Field 5 of /proc/PID/stat: the process group, or null when the process is gone.</summary>
    public static int? ProcessGroup(int pid) => StatField(pid, 2) is { } value ? (int)value : null;

    /// <summary>
    /// True when the process is alive and is the one started at <paramref name="startTime"/>, not a reuse of its PID.
    /// A zombie counts as gone: after a crash nobody may reap the lab's orphans promptly.
    /// </summary>
    public static bool IsSameProcess(int pid, long startTime) => StartTime(pid) == startTime && State(pid) != "Z";

    /// <summary>Field 3 of /proc/PID/stat: R, S, D, Z...</summary>
    private static string? State(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[0];
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>The file name of the process image, once the exec chain (setsid, ip, unshare, sh) has reached the daemon.</summary>
    public static string? ImageName(int pid)
    {
        try
        {
            return Path.GetFileName(new FileInfo($"/proc/{pid}/exe").LinkTarget);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// True when a socket in the process's network namespace listens on the port (TCP LISTEN, or a bound
    /// UDP socket) at the address or the wildcard address — the IPv4 one, or the IPv6 one, which also takes
    /// IPv4 unless the socket is IPv6-only (openssl ocsp binds <c>[::]</c>).
    /// </summary>
    public static bool IsListening(int pid, ProtocolType protocol, IPAddress address, int port)
    {
        var (file, state) = protocol == ProtocolType.Tcp ? ("tcp", "0A") : ("udp", "07");
        return Lists(pid, file, state, $"{HexAddress(address)}:{port:X4}", $"{HexAddress(IPAddress.Any)}:{port:X4}")
            || Lists(pid, file + "6", state, $"{HexAddress(IPAddress.IPv6Any)}:{port:X4}");
    }

    private static bool Lists(int pid, string file, string state, params string[] local)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines($"/proc/{pid}/net/{file}");
        }
        catch (IOException)
        {
            return false;
        }

        foreach (var line in lines.Skip(1))
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length > 3 && fields[3] == state && local.Contains(fields[1]))
            {
                return true;
            }
        }

        return false;
    }

    // /proc/net/{tcp,udp} print the IPv4 address as the 32-bit value in host (little-endian) byte order; for the
    // all-zero IPv6 wildcard, the only IPv6 address asked about, the byte order does not matter.
    private static string HexAddress(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        Array.Reverse(bytes);
        return Convert.ToHexString(bytes);
    }
}
