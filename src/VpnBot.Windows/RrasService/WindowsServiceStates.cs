using System.ComponentModel;
using System.Runtime.Versioning;
using System.ServiceProcess;
using VpnBot.Windows.Agent;

namespace VpnBot.Windows.RrasService;

/// <summary>The Service Control Manager through <see cref="ServiceController"/>.</summary>
[SupportedOSPlatform("windows")]
internal sealed class WindowsServiceStates : IServiceStates
{
    /// <summary>ERROR_SERVICE_DOES_NOT_EXIST (winerror.h).</summary>
    private const int ServiceDoesNotExist = 1060;

    public ServiceState Query(string name)
    {
        try
        {
            using var controller = new ServiceController(name);
            return ServiceState.FromController(name, (int)controller.Status, (int)controller.StartType);
        }
        catch (InvalidOperationException ex) when (ex.InnerException is Win32Exception { NativeErrorCode: ServiceDoesNotExist })
        {
            return ServiceState.NotInstalled(name);
        }
        catch (InvalidOperationException ex)
        {
            // Access denied or the SCM unavailable: ServiceController wraps the Win32 error.
            return ServiceState.CouldNotRead(name, BoundedText.Of((ex.InnerException ?? ex).Message));
        }
    }
}
