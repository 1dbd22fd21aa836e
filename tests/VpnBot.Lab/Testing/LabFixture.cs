using VpnBot.Lab.Topology;
using Xunit;

namespace VpnBot.Lab.Testing;

/// <summary>
/// Starts one lab for a whole test assembly (<c>[assembly: AssemblyFixture(typeof(LabFixture))]</c>) and tears
/// it down after the last test, pass or fail. Tests reach the lab through <see cref="Topology"/>, which skips
/// them (fails them under CI) when the machine cannot run the lab, and fails them with the daemon's own
/// output when the lab did not start.
/// </summary>
public sealed class LabFixture : IAsyncLifetime
{
    private VpnLab? _lab;
    private LabStartException? _failure;

    /// <summary>The running lab's topology.</summary>
    public LabTopology Topology
    {
        get
        {
            LabRequirements.Require();
            if (_failure is not null)
            {
                throw new InvalidOperationException($"The lab did not start: {_failure.Message}", _failure);
            }

            return _lab?.Topology ?? throw new InvalidOperationException("The lab has not been started.");
        }
    }

    /// <summary>The running lab, for tests of the lab itself.</summary>
    public VpnLab Lab
    {
        get
        {
            _ = Topology;
            return _lab!;
        }
    }

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        if (LabRequirements.MissingReason() is not null)
        {
            return;
        }

        try
        {
            _lab = await VpnLab.StartAsync(TestContext.Current.CancellationToken).ConfigureAwait(false);
        }
        catch (LabStartException failure)
        {
            _failure = failure;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_lab is not null)
        {
            await _lab.DisposeAsync().ConfigureAwait(false);
        }
    }
}
