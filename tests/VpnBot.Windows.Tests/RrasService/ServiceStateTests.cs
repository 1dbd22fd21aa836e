using VpnBot.Windows.RrasService;
using VpnBot.Windows.Tests.Support;

namespace VpnBot.Windows.Tests.RrasService;

public sealed class ServiceStateTests
{
    [Theory]
    [InlineData(1, nameof(ServiceRunState.Stopped))]
    [InlineData(2, nameof(ServiceRunState.StartPending))]
    [InlineData(3, nameof(ServiceRunState.StopPending))]
    [InlineData(4, nameof(ServiceRunState.Running))]
    [InlineData(5, nameof(ServiceRunState.ContinuePending))]
    [InlineData(6, nameof(ServiceRunState.PausePending))]
    [InlineData(7, nameof(ServiceRunState.Paused))]
    [InlineData(0, nameof(ServiceRunState.Unknown))]
    [InlineData(8, nameof(ServiceRunState.Unknown))]
    public void FromController_StatusNumber_IsTheServiceControllerStatus(int status, string expected)
    {
        Assert.Equal(expected, ServiceState.FromController("X", status, 2).State.ToString());
    }

    [Theory]
    [InlineData(2, nameof(ServiceStartType.Automatic))]
    [InlineData(3, nameof(ServiceStartType.Manual))]
    [InlineData(4, nameof(ServiceStartType.Disabled))]
    [InlineData(0, nameof(ServiceStartType.Boot))]
    [InlineData(1, nameof(ServiceStartType.System))]
    [InlineData(-1, nameof(ServiceStartType.Unknown))]
    public void FromController_StartModeNumber_IsTheServiceStartMode(int startMode, string expected)
    {
        Assert.Equal(expected, ServiceState.FromController("X", 4, startMode).StartType.ToString());
    }

    [Fact]
    public void RecordedGetService_Healthy_ReadsAllThreeRunningAutomatic()
    {
        var services = RecordedServices.From("Services/get-service-healthy.json");

        foreach (var name in new[] { RrasServiceNames.RemoteAccess, RrasServiceNames.Ikeext, RrasServiceNames.Bfe })
        {
            var state = services.Query(name);
            Assert.Equal(ServiceRunState.Running, state.State);
            Assert.Equal(ServiceStartType.Automatic, state.StartType);
        }
    }
}
