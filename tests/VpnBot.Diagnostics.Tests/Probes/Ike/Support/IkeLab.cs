using System.Diagnostics;
using System.Net;

namespace VpnBot.Diagnostics.Tests.Probes.Ike.Support;

/// <summary>
/// The strongSwan lab of <c>Lab/ike-lab.sh</c>: two network namespaces (prefixed <c>ikeh-</c>) with charon
/// responders, built once for the tests that share it and torn down after them. Needs root, iproute2,
/// iptables and strongSwan; without them the lab tests are skipped (and fail when CI=true).
/// </summary>
public sealed class IkeLab : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "ikeh-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly Dictionary<string, IPAddress> _addresses = new(StringComparer.Ordinal);
    private string? _unavailable;

    public IPAddress Default => Address("IKE_LAB_DEFAULT");

    public IPAddress Mismatch => Address("IKE_LAB_MISMATCH");

    public IPAddress Modp1024Only => Address("IKE_LAB_MODP1024");

    public IPAddress Ikev1 => Address("IKE_LAB_V1");

    public IPAddress Ikev1Mismatch => Address("IKE_LAB_V1_MISMATCH");

    public IPAddress Dropped => Address("IKE_LAB_DROP");

    public IPAddress Rejected => Address("IKE_LAB_REJECT");

    public IPAddress BehindNat => Address("IKE_LAB_NAT");

    public IPAddress Cookie => Address("IKE_LAB_COOKIE");

    /// <summary>Skips the calling test when the lab could not be built here (fails it on CI).</summary>
    public void Require()
    {
        if (_unavailable is null)
        {
            return;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail("IKE lab unavailable: " + _unavailable);
        }

        Assert.Skip("IKE lab unavailable: " + _unavailable);
    }

    public async ValueTask InitializeAsync()
    {
        _unavailable = Prerequisites();
        if (_unavailable is not null)
        {
            return;
        }

        var (code, output) = await RunScriptAsync("up");
        if (code != 0)
        {
            _unavailable = "ike-lab.sh up exited with " + code + ": " + output;
            await RunScriptAsync("down");
            return;
        }

        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && IPAddress.TryParse(line[(equals + 1)..], out var address))
            {
                _addresses[line[..equals]] = address;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_unavailable is null)
        {
            await RunScriptAsync("down");
        }

        // IKE_LAB_KEEP=1 keeps the charon logs for a look after the run.
        if (Directory.Exists(_directory) && Environment.GetEnvironmentVariable("IKE_LAB_KEEP") != "1")
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private IPAddress Address(string key) =>
        _addresses.TryGetValue(key, out var address) ? address : throw new InvalidOperationException("The lab did not report " + key);

    private static string? Prerequisites()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "not Linux";
        }

        if (Environment.UserName != "root")
        {
            return "needs root for network namespaces";
        }

        string[] tools = ["/usr/lib/ipsec/charon", "/usr/sbin/swanctl", "/usr/sbin/ip", "/usr/sbin/iptables-restore", "/usr/bin/unshare"];
        var missing = tools.Where(tool => !File.Exists(tool)).ToList();
        return missing.Count == 0 ? null : "missing " + string.Join(", ", missing);
    }

    private async Task<(int Code, string Output)> RunScriptAsync(string command)
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(IkeTestPaths.LabScript);
        start.ArgumentList.Add(command);
        start.ArgumentList.Add(_directory);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}

[CollectionDefinition(Name)]
public sealed class IkeLabDefinition : ICollectionFixture<IkeLab>
{
    public const string Name = "ike-lab";
}
