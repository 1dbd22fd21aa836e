using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace VpnBot.Diagnostics.Probes.Gre;

/// <summary>
/// Creates a raw IP socket for any protocol number. On Linux the managed constructor accepts only the
/// protocols .NET knows (dotnet/runtime#67303), so the socket is made with libc and wrapped; elsewhere
/// the managed constructor does it.
/// </summary>
internal static class RawIpSocket
{
    private const int LinuxInet = 2;
    private const int LinuxInet6 = 10;
    private const int LinuxSockRaw = 3;
    private const int LinuxPermissionDenied = 1;     // EPERM
    private const int LinuxAccessDenied = 13;        // EACCES

    /// <summary>A raw socket for <paramref name="protocol"/>, or null with the reason (<c>AccessDenied</c> without CAP_NET_RAW).</summary>
    public static Socket? Open(AddressFamily family, int protocol, out string? reason)
    {
        reason = null;
        if (!OperatingSystem.IsLinux())
        {
            try
            {
                return new Socket(family, SocketType.Raw, (ProtocolType)protocol);
            }
            catch (SocketException ex)
            {
                reason = ex.SocketErrorCode.ToString();
                return null;
            }
        }

        var descriptor = CreateSocket(family == AddressFamily.InterNetworkV6 ? LinuxInet6 : LinuxInet, LinuxSockRaw, protocol);
        if (descriptor < 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            reason = errno is LinuxPermissionDenied or LinuxAccessDenied ? "AccessDenied" : $"errno {errno}";
            return null;
        }

        return new Socket(new SafeSocketHandle(descriptor, ownsHandle: true));
    }

    // DllImport rather than LibraryImport: the arguments are blittable, and it needs no unsafe code in the project.
    [DllImport("libc", EntryPoint = "socket", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int CreateSocket(int domain, int type, int protocol);
}
