using System.Globalization;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Windows.Agent;

namespace VpnBot.Windows.RrasConfig;

/// <summary>
/// <c>rras.config</c>: the VPN configuration from <c>Get-RemoteAccess</c>, read through the one fixed
/// PowerShell invocation and shared by every run for a minute: starting Windows PowerShell takes seconds,
/// the configuration changes rarely, and 500 endpoints checked at once must not start 500 processes.
/// </summary>
internal sealed class RrasConfigCheck : ICheck
{
    private static readonly TimeSpan Fresh = TimeSpan.FromMinutes(1);

    /// <summary>Get-RemoteAccess on a busy server, first call after boot included, is done well within this.</summary>
    private static readonly TimeSpan ReadLimit = TimeSpan.FromMinutes(1);

    private readonly LocalMachine _machine;
    private readonly TimeProvider _time;
    private readonly CachedRead<PowerShellOutput> _read;

    public RrasConfigCheck(IRemoteAccessConfig config, LocalMachine machine, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(config);
        _machine = machine;
        _time = time;
        _read = new CachedRead<PowerShellOutput>(config.ReadAsync, Fresh, ReadLimit, output => output.Succeeded, time);
    }

    public string Id => CheckIds.RrasConfig;

    public IEnumerable<CheckUnit> Plan(CheckTarget target) => [new CheckUnit(Id, _machine.Name, RunAsync)];

    private async Task<Finding> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        var wait = context.Remaining;
        try
        {
            var (output, readAt) = await _read.GetAsync(cancellationToken).WaitAsync(wait, context.Time, cancellationToken).ConfigureAwait(false);
            return RrasConfigVerdict.Judge(_machine.Name, context.Target, output, readAt, _time.GetUtcNow());
        }
        catch (TimeoutException)
        {
            // The read goes on; the next run within a minute gets its result at once.
            var ms = ((long)wait.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
            return new Finding
            {
                Check = Id,
                Subject = _machine.Name,
                Status = CheckStatus.Error,
                Summary = RrasConfigVerdict.Text(nameof(RrasConfigText.ConfigNotInTime), _machine.Name, ms),
                Evidence = new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    ["source"] = FixedPowerShell.Command,
                    ["timeoutMs"] = ms,
                },
            };
        }
    }
}
