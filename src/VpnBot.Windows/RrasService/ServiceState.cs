namespace VpnBot.Windows.RrasService;

/// <summary>What the Service Control Manager says about a service right now.</summary>
internal enum ServiceRunState
{
    Unknown,
    Stopped,
    StartPending,
    StopPending,
    Running,
    ContinuePending,
    PausePending,
    Paused,

    /// <summary>No service of that name is installed.</summary>
    Missing,

    /// <summary>The service exists but its state could not be read (access denied, SCM unavailable).</summary>
    Unreadable,
}

/// <summary>How a service starts.</summary>
internal enum ServiceStartType
{
    Unknown,
    Boot,
    System,
    Automatic,
    Manual,
    Disabled,
}

/// <summary>One service's state and start type, as services.msc and Get-Service show them.</summary>
/// <param name="Name">The service name (<c>RemoteAccess</c>), not the display name.</param>
/// <param name="State">Running, stopped, pending...</param>
/// <param name="StartType">Automatic, manual, disabled...</param>
/// <param name="Problem">Why the state could not be read, when it could not.</param>
internal sealed record ServiceState(string Name, ServiceRunState State, ServiceStartType StartType, string? Problem = null)
{
    public bool IsRunning => State == ServiceRunState.Running;

    /// <summary>
    /// From the numbers <c>ServiceController</c> (and <c>Get-Service | ConvertTo-Json</c>) report:
    /// <c>ServiceControllerStatus</c> 1–7 (SERVICE_STOPPED … SERVICE_PAUSED, winsvc.h) and
    /// <c>ServiceStartMode</c> 0–4 (SERVICE_BOOT_START … SERVICE_DISABLED). Anything else is Unknown.
    /// </summary>
    public static ServiceState FromController(string name, int status, int startMode)
    {
        var state = status is >= 1 and <= 7 ? (ServiceRunState)status : ServiceRunState.Unknown;
        var start = startMode switch
        {
            0 => ServiceStartType.Boot,
            1 => ServiceStartType.System,
            2 => ServiceStartType.Automatic,
            3 => ServiceStartType.Manual,
            4 => ServiceStartType.Disabled,
            _ => ServiceStartType.Unknown,
        };
        return new ServiceState(name, state, start);
    }

    public static ServiceState NotInstalled(string name) => new(name, ServiceRunState.Missing, ServiceStartType.Unknown);

    public static ServiceState CouldNotRead(string name, string problem) => new(name, ServiceRunState.Unreadable, ServiceStartType.Unknown, problem);
}
