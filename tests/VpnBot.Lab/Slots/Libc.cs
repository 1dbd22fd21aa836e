using System.Runtime.InteropServices;

namespace VpnBot.Lab.Slots;

/// <summary>The two system calls .NET does not expose: an explicit flock(2) and kill(2) on a process group.</summary>
internal static partial class Libc
{
    /// <summary>flock(2) LOCK_EX.</summary>
    public const int LockExclusive = 2;

    /// <summary>flock(2) LOCK_NB: fail with EWOULDBLOCK instead of waiting.</summary>
    public const int LockNonBlocking = 4;

    public const int SigKill = 9;
    public const int SigTerm = 15;

    [LibraryImport("libc", EntryPoint = "flock", SetLastError = true)]
    public static partial int Flock(int fd, int operation);

    /// <summary>kill(2); a negative pid signals the whole process group.</summary>
    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    public static partial int Kill(int pid, int signal);
}
