using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using VpnBot.Diagnostics.Certificates.Source;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.DependencyInjection;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Runner;
using VpnBot.Windows.Agent;
using VpnBot.Windows.Certificates;
using VpnBot.Windows.Configuration;
using VpnBot.Windows.DependencyInjection;
using VpnBot.Windows.Events;
using VpnBot.Windows.RrasConfig;
using VpnBot.Windows.RrasService;
using VpnBot.Windows.Tests.Support;

namespace VpnBot.Windows.Tests.DependencyInjection;

public sealed class RegistrationTests
{
    [Fact]
    public void AddWindowsCollectors_NoSection_Defaults24HoursAndPassesValidation()
    {
        using var provider = Services(new Dictionary<string, string?>()).BuildServiceProvider();

        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.Equal(TimeSpan.FromHours(24), provider.GetRequiredService<IOptions<AgentEventsOptions>>().Value.Window);
    }

    [Fact]
    public void AddWindowsCollectors_WindowFromConfiguration_IsBound()
    {
        using var provider = Services(new() { ["Vpn:Agent:Events:Window"] = "02:00:00", ["Vpn:Agent:Events:MaxEvents"] = "500" }).BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<AgentEventsOptions>>().Value;

        Assert.Equal(TimeSpan.FromHours(2), options.Window);
        Assert.Equal(500, options.MaxEvents);
    }

    [Theory]
    [InlineData("Vpn:Agent:Events:Window", "00:00:00", "Vpn:Agent:Events:Window is 00:00:00")]
    [InlineData("Vpn:Agent:Events:Window", "-01:00:00", "Vpn:Agent:Events:Window is -01:00:00")]
    [InlineData("Vpn:Agent:Events:Window", "60.00:00:00", "Vpn:Agent:Events:Window is 60.00:00:00")]
    [InlineData("Vpn:Agent:Events:MaxEvents", "0", "Vpn:Agent:Events:MaxEvents is 0")]
    public void AddWindowsCollectors_BadValue_StopsAtStartNamingTheKey(string key, string value, string message)
    {
        using var provider = Services(new() { [key] = value }).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddWindowsCollectors_OffWindows_EachCollectorIsOneSkipInBothLanguages()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "On Windows the collectors run for real.");
        using var provider = Services(new Dictionary<string, string?>()).BuildServiceProvider();

        var checks = provider.GetServices<ICheck>().ToList();

        Assert.Equal(WindowsCollectorsServiceCollectionExtensions.CollectorCheckIds, checks.Select(c => c.Id));
        Assert.Null(provider.GetService<ILocalCertificateSource>());
        foreach (var check in checks)
        {
            var unit = Assert.Single(check.Plan(Targets.For()));
            var finding = await unit.Run(CheckContext.Create(Targets.For(), TimeProvider.System, TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);
            Assert.Equal(CheckStatus.Skip, finding.Status);
            Assert.Equal(check.Id, finding.Check);
            Assert.Contains("runs only on the Windows agent on the VPN server", finding.Summary.En, StringComparison.Ordinal);
            Assert.Contains("Linux", finding.Summary.En, StringComparison.Ordinal);
            Assert.Contains("Windows エージェントでのみ実行されます", finding.Summary.Ja, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AddCollectorChecks_OverRecordedSeams_AddsTheSixChecksInReportOrder()
    {
        using var provider = Recorded().BuildServiceProvider();

        Assert.Equal(WindowsCollectorsServiceCollectionExtensions.CollectorCheckIds, provider.GetServices<ICheck>().Select(c => c.Id));
        Assert.IsType<MachineStoreCertificateSource>(provider.GetRequiredService<ILocalCertificateSource>());
    }

    [Fact]
    public async Task AgentComposition_CoreAndCollectors_RunnerHandsTheMachineStoreToCertChecks()
    {
        var services = Recorded();
        services.AddLogging();
        services.AddVpnDiagnostics();
        using var provider = services.BuildServiceProvider();
        var runner = provider.GetRequiredService<CheckRunner>();
        var target = Targets.For(VpnProtocols.Ikev2);

        var plan = runner.Plan(target, id => id.StartsWith("cert.", StringComparison.Ordinal) || id.StartsWith("rras.", StringComparison.Ordinal) || id.StartsWith("events.", StringComparison.Ordinal));
        var findings = new List<Finding>();
        await foreach (var finding in runner.RunAsync(plan, TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken))
        {
            findings.Add(finding);
        }

        Assert.Equal(11, findings.Count);
        Assert.All(findings.Where(f => f.Check.StartsWith("cert.", StringComparison.Ordinal)), f => Assert.Equal("machine-store", f.Evidence["source"]));
        Assert.Equal(CheckStatus.Pass, findings.Single(f => f.Check == CheckIds.RrasService).Status);
        Assert.Equal(CheckStatus.Pass, findings.Single(f => f.Check == CheckIds.RrasConfig).Status);
        Assert.Equal(["809", "0x80092013", "868"], findings.Single(f => f.Check == CheckIds.EventsRasClient).ErrorCodes);
    }

    private static ServiceCollection Services(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddWindowsCollectors(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services;
    }

    /// <summary>The collectors over recordings of a healthy VPN server, registered as the agent would.</summary>
    private static ServiceCollection Recorded()
    {
        var services = new ServiceCollection();
        var certificate = TestCertificates.Server(Targets.RecordedAt.AddDays(-30), Targets.RecordedAt.AddYears(1), [Targets.Fqdn]);
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(Targets.RecordedAt));
        services.AddSingleton(new LocalMachine(Targets.Machine));
        services.AddSingleton<IServiceStates>(RecordedServices.From("Services/get-service-healthy.json"));
        services.AddSingleton<IRemoteAccessConfig>(RecordedPowerShell.Json("RemoteAccess/get-remoteaccess-vpn-installed.json"));
        services.AddSingleton<IEventLogSource>(new PerLogEvents());
        services.AddSingleton<IMachineCertificates>(new FakeMachineStore(certificate));
        services.AddOptions<AgentEventsOptions>();
        services.AddCollectorChecks();
        return services;
    }

    /// <summary>Each log answers with its recording.</summary>
    private sealed class PerLogEvents : IEventLogSource
    {
        public Task<EventLogRead> ReadAsync(EventQuery query, CancellationToken cancellationToken)
        {
            var file = query.Provider switch
            {
                "RasClient" => "Events/application-rasclient-20227.xml",
                "RemoteAccess" => "Events/system-remoteaccess-20271-20276.xml",
                "Microsoft-Windows-DNS-Client" => "Events/system-dns-client-1014.xml",
                _ => "Events/security-4653-4654.xml",
            };
            return Task.FromResult(new EventLogRead(EventLogReadOutcome.Read, Fixture.EventLines(file)));
        }
    }
}
