using Xunit;

namespace VpnBot.Lab.Testing;

/// <summary>
/// Whether this machine can run the lab: Linux, root, and every program the lab starts. A test that needs the
/// lab calls <see cref="Require"/>: it is skipped with the reason on a developer machine that lacks something,
/// and fails with the reason when <c>CI=true</c> — no test is ever skipped in CI (eng/test.sh installs it all).
/// </summary>
public static class LabRequirements
{
    /// <summary>Programs the lab itself runs.</summary>
    public static IReadOnlyList<string> LabPrograms { get; } =
    [
        "ip", "setsid", "unshare", "mount", "sysctl", "iptables-restore",
        "named", "rndc", "unbound", "/usr/lib/ipsec/charon", "swanctl", "pptpd", "xl2tpd", "openssl",
        Daemons.Sstp.SoftEtherServer.Program, Daemons.Pki.CrlServer.Program, "dotnet",
    ];

    /// <summary>
    /// Files the lab needs besides programs: strongSwan's openssl plugin (Debian libstrongswan-standard-plugins),
    /// which brings AES-GCM and the ECP groups the suite-B responder and the default proposals use.
    /// </summary>
    public static IReadOnlyList<string> LabFiles { get; } = ["/usr/lib/ipsec/plugins/libstrongswan-openssl.so"];

    /// <summary>True when the environment variable CI is "true": requirements fail instead of skipping.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why the lab (and the given extra programs, such as dig or ike-scan) cannot run here, or null when it can.</summary>
    public static string? MissingReason(params string[] extraPrograms)
    {
        if (!OperatingSystem.IsLinux())
        {
            return "The lab needs Linux network namespaces.";
        }

        if (!Environment.IsPrivilegedProcess)
        {
            return "The lab needs root: it creates network namespaces and binds ports 53, 443, 500, 1701 and 1723.";
        }

        var missing = LabPrograms.Concat(extraPrograms).Where(p => FindProgram(p) is null)
            .Concat(LabFiles.Where(f => !File.Exists(f)))
            .ToList();
        return missing.Count == 0
            ? null
            : $"The lab needs {string.Join(", ", missing)}, which {(missing.Count == 1 ? "is" : "are")} not installed (eng/test.sh installs the Debian packages).";
    }

    /// <summary>Skips the calling test when the lab cannot run here — or fails it when CI=true.</summary>
    public static void Require(params string[] extraPrograms) => Enforce(MissingReason(extraPrograms), IsCi);

    /// <summary>Nothing without a reason; with one, a skip — or a failure under CI.</summary>
    internal static void Enforce(string? reason, bool ci)
    {
        switch (Verdict(reason, ci))
        {
            case RequirementVerdict.Fail:
                Assert.Fail($"{reason} (CI=true: a missing lab requirement is a failure, not a skip.)");
                break;
            case RequirementVerdict.Skip:
                Assert.Skip(reason!);
                break;
        }
    }

    internal static RequirementVerdict Verdict(string? reason, bool ci) =>
        reason is null ? RequirementVerdict.Run : ci ? RequirementVerdict.Fail : RequirementVerdict.Skip;

    /// <summary>The full path of a program, searching PATH and the sbin folders a non-login shell may leave out.</summary>
    public static string? FindProgram(string program)
    {
        ArgumentNullException.ThrowIfNull(program);
        if (Path.IsPathRooted(program))
        {
            return File.Exists(program) ? program : null;
        }

        var path = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':', StringSplitOptions.RemoveEmptyEntries);
        return path.Concat(["/usr/local/sbin", "/usr/sbin", "/sbin", "/usr/bin", "/bin"])
            .Select(directory => Path.Combine(directory, program))
            .FirstOrDefault(File.Exists);
    }
}

/// <summary>What a test that needs the lab does on this machine.</summary>
internal enum RequirementVerdict
{
    Run,
    Skip,
    Fail,
}
