using Microsoft.Win32.SafeHandles;

namespace VpnBot.Lab.Slots;

/// <summary>
/// One of 32 exclusive lab slots on this machine, held by an flock on <c>/run/vpnbot-lab/slot-N.lock</c>
/// for as long as this object lives. Slot N owns the names <c>vlN-*</c> and the addresses
/// 198.18.(N*8).0/21, so tests, the benchmark and other developers can run labs side by side.
/// The kernel drops the lock when the process dies, so a crashed run never blocks its slot.
/// </summary>
internal sealed class LabSlot : IDisposable
{
    public const int Count = 32;
    public const string RunDirectory = "/run/vpnbot-lab";

    private readonly SafeFileHandle _lock;

    private LabSlot(int number, SafeFileHandle handle)
    {
        Number = number;
        _lock = handle;
    }

    public int Number { get; }

    /// <summary>The slot's state file: what a previous holder started, for crash recovery.</summary>
    public string StateFile => StateFilePath(Number);

    public static string StateFilePath(int number) => Path.Combine(RunDirectory, $"slot-{number}.json");

    /// <summary>Takes the given slot, or the first free one; null when it is (they all are) held.</summary>
    public static LabSlot? TryAcquire(int? only = null)
    {
        Directory.CreateDirectory(RunDirectory);
        if (only is { } wanted)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(wanted, nameof(only));
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(wanted, Count, nameof(only));
        }

        for (var number = only ?? 0; number < (only + 1 ?? Count); number++)
        {
            var handle = TryLock(Path.Combine(RunDirectory, $"slot-{number}.lock"));
            if (handle is not null)
            {
                return new LabSlot(number, handle);
            }
        }

        return null;
    }

    private static SafeFileHandle? TryLock(string path)
    {
        SafeFileHandle handle;
        try
        {
            // On Unix, FileShare.None already makes .NET take flock(LOCK_EX | LOCK_NB) and throw when it is held.
            handle = File.OpenHandle(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }

        // Take it explicitly as well: .NET skips its own lock when DOTNET_SYSTEM_IO_DISABLEFILELOCKING is set.
        if (Libc.Flock((int)handle.DangerousGetHandle(), Libc.LockExclusive | Libc.LockNonBlocking) != 0)
        {
            handle.Dispose();
            return null;
        }

        return handle;
    }

    public void Dispose() => _lock.Dispose();
}
