using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.DependencyInjection;
using VpnBot.Diagnostics.Dns;

namespace VpnBot.Diagnostics.Tests.Dns;

public sealed class DnsRegistrationTests
{
    private static readonly string[] DnsIds =
    [
        CheckIds.DnsResolve, CheckIds.DnsConsistency, CheckIds.DnsPtr, CheckIds.DnsCname,
        CheckIds.DnsAuthority, CheckIds.DnsSplitHorizon, CheckIds.DnsTtl, CheckIds.DnsCache,
    ];

    [Fact]
    public void AddDnsChecks_CalledTwice_RegistersEachDnsCheckOnce()
    {
        using var provider = new ServiceCollection().AddDnsChecks().AddDnsChecks().BuildServiceProvider();

        var ids = provider.GetServices<ICheck>().Select(c => c.Id).ToList();

        Assert.Equal(DnsIds.Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AddVpnDiagnostics_ResolvesEveryDnsCheck()
    {
        using var provider = new ServiceCollection().AddSingleton(typeof(ILogger<>), typeof(NullLogger<>)).AddVpnDiagnostics().BuildServiceProvider();

        var ids = provider.GetServices<ICheck>().Select(c => c.Id).ToHashSet(StringComparer.Ordinal);

        Assert.Superset(DnsIds.ToHashSet(StringComparer.Ordinal), ids);
    }

    [Fact]
    public void Plan_EveryDnsCheckWithNoServers_PlansOneSkipOrSystemUnit()
    {
        using var provider = new ServiceCollection().AddDnsChecks().BuildServiceProvider();
        var target = DnsHarness.Target();

        foreach (var check in provider.GetServices<ICheck>())
        {
            var unit = Assert.Single(check.Plan(target));
            Assert.Equal(check.Id, unit.Check);
        }
    }
}
