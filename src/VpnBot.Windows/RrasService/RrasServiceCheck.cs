using VpnBot.Diagnostics.Checks;
using VpnBot.Windows.Agent;

namespace VpnBot.Windows.RrasService;

/// <summary>
/// <c>rras.service</c>: RemoteAccess, IKEEXT and BFE on the VPN server, state and start type. One unit about
/// the machine, so the diagnosis names the server whose service is down.
/// </summary>
internal sealed class RrasServiceCheck(IServiceStates services, LocalMachine machine) : ICheck
{
    public string Id => CheckIds.RrasService;

    public IEnumerable<CheckUnit> Plan(CheckTarget target) =>
    [
        new CheckUnit(Id, machine.Name, (_, _) => Task.FromResult(RrasServiceVerdict.Judge(
            machine.Name,
            services.Query(RrasServiceNames.RemoteAccess),
            services.Query(RrasServiceNames.Ikeext),
            services.Query(RrasServiceNames.Bfe)))),
    ];
}
