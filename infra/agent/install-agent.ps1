#Requires -Version 5.1
#Requires -RunAsAdministrator
<#
.SYNOPSIS
    Installs the VpnBot agent as the Windows service VpnBotAgent, or removes it.

.DESCRIPTION
    Installs the published agent (dotnet publish src/VpnBot.Agent -c Release -r win-x64 --self-contained)
    as the Windows service VpnBotAgent:

      C:\Program Files\VpnBot\Agent\         the agent's files (replaced on every install)
      C:\ProgramData\VpnBot\Agent\           appsettings.json (the Vpn section), readable and writable by
                                             SYSTEM and Administrators only
      C:\ProgramData\VpnBot\Agent\data\      agent-credential.json, the agent's private key

    The service runs as LocalSystem, starts automatically, and gets the host's address and the one-time
    enrolment token in its own environment (the Environment value of its registry key), never on its command
    line. Its log goes to the Application event log, source vpnbot-agent.

    Run it again to upgrade or to change the host's address; without -EnrolmentToken the token is removed from
    the service's environment (it is worthless once the agent has enrolled). The credential is kept.

    Every value from a parameter is validated, and reaches only the file system and the registry through
    PowerShell cmdlets: none is ever placed on a command line. The one external program, sc.exe, gets constants.

    See docs/agent.md for enrolment, configuration and troubleshooting.

.PARAMETER SourcePath
    The folder dotnet publish wrote, with vpnbot-agent.exe in it.

.PARAMETER HostUrl
    The bot host's address, https only, without a path: https://vpnbot.example.com or
    https://vpnbot.example.com:8443. The agent reaches it at /agents/enrol and /agents/hub.

.PARAMETER EnrolmentToken
    The one-time token /vpn agents add showed in Teams (vpnbot-enrol-...). Needed only until the agent has its
    credential; it works once, for one hour.

.PARAMETER Vantage
    Inside (default: near the VPN server) or Outside (on the internet). Set in the service's environment;
    leave it out to take Vpn:Agent:Vantage from appsettings.json.

.PARAMETER ConfigFile
    An appsettings.json to install as C:\ProgramData\VpnBot\Agent\appsettings.json (replacing the one there).
    Without it, an existing file is kept, and on a first install the published appsettings.json is copied
    for you to fill in Vpn:Endpoints.

.PARAMETER NoStart
    Install, but do not start the service (to edit appsettings.json first).

.PARAMETER Uninstall
    Stop and delete the service and remove C:\Program Files\VpnBot\Agent. The configuration and the
    credential stay in C:\ProgramData\VpnBot\Agent unless -RemoveData is given.

.PARAMETER RemoveData
    With -Uninstall: also delete C:\ProgramData\VpnBot\Agent, credential included, and the event log source.

.EXAMPLE
    .\install-agent.ps1 -SourcePath .\agent-win-x64 -HostUrl https://vpnbot.example.com -EnrolmentToken vpnbot-enrol-... -ConfigFile .\tokyo.json

.EXAMPLE
    .\install-agent.ps1 -SourcePath .\agent-win-x64 -HostUrl https://vpnbot.example.com -WhatIf

.EXAMPLE
    .\install-agent.ps1 -Uninstall
#>
[CmdletBinding(SupportsShouldProcess = $true, DefaultParameterSetName = 'Install')]
param(
    [Parameter(Mandatory = $true, ParameterSetName = 'Install')]
    [ValidateNotNullOrEmpty()]
    [string] $SourcePath,

    # Scheme https, a DNS name or a bracketed IPv6 address, an optional port, nothing else: no path (the agent
    # would ignore it), no user info, no query, no quotes or spaces.
    [Parameter(Mandatory = $true, ParameterSetName = 'Install')]
    [ValidateLength(9, 300)]
    [ValidatePattern('^https://(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?/?$')]
    [string] $HostUrl,

    # The exact shape the bot issues: the prefix and 32 random bytes in unpadded base64url.
    [Parameter(ParameterSetName = 'Install')]
    [ValidatePattern('^vpnbot-enrol-[A-Za-z0-9_-]{43}$')]
    [string] $EnrolmentToken,

    [Parameter(ParameterSetName = 'Install')]
    [ValidateSet('Inside', 'Outside')]
    [string] $Vantage,

    [Parameter(ParameterSetName = 'Install')]
    [ValidateNotNullOrEmpty()]
    [string] $ConfigFile,

    [Parameter(ParameterSetName = 'Install')]
    [switch] $NoStart,

    [Parameter(Mandatory = $true, ParameterSetName = 'Uninstall')]
    [switch] $Uninstall,

    [Parameter(ParameterSetName = 'Uninstall')]
    [switch] $RemoveData
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

# Fixed names: the agent registers itself under this service name, and logs under its assembly name.
$ServiceName = 'VpnBotAgent'
$EventSource = 'vpnbot-agent'
$InstallDir = Join-Path -Path $env:ProgramFiles -ChildPath 'VpnBot\Agent'
$DataRoot = Join-Path -Path $env:ProgramData -ChildPath 'VpnBot\Agent'
$CredentialDir = Join-Path -Path $DataRoot -ChildPath 'data'
$ConfigPath = Join-Path -Path $DataRoot -ChildPath 'appsettings.json'
$Executable = Join-Path -Path $InstallDir -ChildPath 'vpnbot-agent.exe'
$ServiceKey = "HKLM:\SYSTEM\CurrentControlSet\Services\$ServiceName"

# Both paths quoted: unquoted, a path with spaces lets Windows try C:\Program.exe first (CWE-428). Neither ends
# in a backslash, which would escape the closing quote. --contentRoot makes the agent read appsettings.json from
# ProgramData, not from the program folder that every upgrade replaces.
$BinaryPath = '"{0}" --contentRoot "{1}"' -f $Executable, $DataRoot

function Stop-AgentService {
    [CmdletBinding(SupportsShouldProcess = $true)]
    param()
    $service = Get-Service -Name $ServiceName -ErrorAction SilentlyContinue
    if ($null -ne $service -and $service.Status -ne [System.ServiceProcess.ServiceControllerStatus]::Stopped) {
        if ($PSCmdlet.ShouldProcess($ServiceName, 'Stop the service')) {
            Stop-Service -Name $ServiceName -Force
            $service.WaitForStatus([System.ServiceProcess.ServiceControllerStatus]::Stopped, [TimeSpan]::FromSeconds(60))
        }
    }
}

function Invoke-ScExe {
    # sc.exe with fixed arguments only; a non-zero exit is an error, except the codes the caller expects.
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)] [string[]] $Arguments,
        [int[]] $Accept = @(0)
    )
    # Windows PowerShell 5.1 turns a native program's stderr into terminating errors under 'Stop'; the exit code
    # is what tells success here.
    $ErrorActionPreference = 'Continue'
    $output = & sc.exe @Arguments 2>&1 | Out-String
    if ($Accept -notcontains $LASTEXITCODE) {
        throw "sc.exe $($Arguments -join ' ') failed with exit code ${LASTEXITCODE}: $output"
    }
}

function Set-PrivateFolder {
    # The folder holds the agent's private key: SYSTEM (the service) and Administrators get full control, nobody
    # else gets anything. Protected, so nothing is inherited from ProgramData, where Users may read and create.
    # Well-known SIDs rather than names, which Windows translates (a Japanese server's groups are not "Administrators").
    [CmdletBinding(SupportsShouldProcess = $true)]
    param([Parameter(Mandatory = $true)] [string] $Path)
    if (-not $PSCmdlet.ShouldProcess($Path, 'Create, and limit access to SYSTEM and Administrators')) {
        return
    }

    if (-not (Test-Path -LiteralPath $Path -PathType Container)) {
        New-Item -ItemType Directory -Path $Path -Force | Out-Null
    }

    $acl = New-Object -TypeName System.Security.AccessControl.DirectorySecurity
    $acl.SetAccessRuleProtection($true, $false)
    foreach ($sid in @('S-1-5-18', 'S-1-5-32-544')) {
        $identity = New-Object -TypeName System.Security.Principal.SecurityIdentifier -ArgumentList $sid
        $rule = New-Object -TypeName System.Security.AccessControl.FileSystemAccessRule -ArgumentList @(
            $identity, 'FullControl', 'ContainerInherit, ObjectInherit', 'None', 'Allow')
        $acl.AddAccessRule($rule)
    }

    Set-Acl -LiteralPath $Path -AclObject $acl
}

# A 32-bit PowerShell on 64-bit Windows would see "Program Files (x86)" and the redirected registry.
if ([Environment]::Is64BitOperatingSystem -and -not [Environment]::Is64BitProcess) {
    throw 'Run this script from a 64-bit PowerShell.'
}

if ($PSCmdlet.ParameterSetName -eq 'Uninstall') {
    Stop-AgentService

    if ($null -ne (Get-Service -Name $ServiceName -ErrorAction SilentlyContinue)) {
        if ($PSCmdlet.ShouldProcess($ServiceName, 'Delete the service')) {
            # 1072: already marked for deletion (an open Services console holds it until closed).
            Invoke-ScExe -Arguments @('delete', $ServiceName) -Accept @(0, 1072)
        }
    }

    if (Test-Path -LiteralPath $InstallDir) {
        if ($PSCmdlet.ShouldProcess($InstallDir, 'Remove the agent''s files')) {
            Remove-Item -LiteralPath $InstallDir -Recurse -Force
        }
    }

    if ($RemoveData) {
        if ((Test-Path -LiteralPath $DataRoot) -and $PSCmdlet.ShouldProcess($DataRoot, 'Remove the configuration and the credential')) {
            Remove-Item -LiteralPath $DataRoot -Recurse -Force
        }

        if ([System.Diagnostics.EventLog]::SourceExists($EventSource) -and $PSCmdlet.ShouldProcess($EventSource, 'Remove the event log source')) {
            [System.Diagnostics.EventLog]::DeleteEventSource($EventSource)
        }
    }
    else {
        Write-Host "Kept $DataRoot (configuration and credential). Remove it with -Uninstall -RemoveData."
    }

    Write-Host 'The agent is removed from this machine. In Teams, revoke it too: /vpn agents revoke <name>.'
    return
}

# --- Install ---

$SourceExecutable = Join-Path -Path $SourcePath -ChildPath 'vpnbot-agent.exe'
if (-not (Test-Path -LiteralPath $SourceExecutable -PathType Leaf)) {
    throw "No vpnbot-agent.exe in $SourcePath. Publish the agent first: dotnet publish src/VpnBot.Agent -c Release -r win-x64 --self-contained -o <folder>"
}

# The install empties the program folder before copying: it must not be the source.
$SourceFull = (Resolve-Path -LiteralPath $SourcePath).ProviderPath.TrimEnd('\')
if ([string]::Equals($SourceFull, $InstallDir.TrimEnd('\'), [StringComparison]::OrdinalIgnoreCase)) {
    throw "Publish the agent to another folder than $InstallDir and install from there."
}

if ($PSBoundParameters.ContainsKey('ConfigFile') -and -not (Test-Path -LiteralPath $ConfigFile -PathType Leaf)) {
    throw "The configuration file $ConfigFile does not exist."
}

$existing = Get-Service -Name $ServiceName -ErrorAction SilentlyContinue

# The files are in use while the service runs.
Stop-AgentService

# Program Files keeps its default ACL: everyone may read and run, only administrators may change. That matters:
# the service runs these files as LocalSystem.
if ($PSCmdlet.ShouldProcess($InstallDir, "Install the agent's files from $SourcePath")) {
    if (Test-Path -LiteralPath $InstallDir) {
        Get-ChildItem -LiteralPath $InstallDir -Force | Remove-Item -Recurse -Force
    }
    else {
        New-Item -ItemType Directory -Path $InstallDir -Force | Out-Null
    }

    Get-ChildItem -LiteralPath $SourcePath -Force | Copy-Item -Destination $InstallDir -Recurse -Force
}

Set-PrivateFolder -Path $DataRoot
if ($PSCmdlet.ShouldProcess($CredentialDir, 'Create the credential folder (inherits the private ACL)')) {
    New-Item -ItemType Directory -Path $CredentialDir -Force | Out-Null
}

$needsEndpoints = $false
if ($PSBoundParameters.ContainsKey('ConfigFile')) {
    if ($PSCmdlet.ShouldProcess($ConfigPath, "Install the configuration from $ConfigFile")) {
        Copy-Item -LiteralPath $ConfigFile -Destination $ConfigPath -Force
    }
}
elseif (-not (Test-Path -LiteralPath $ConfigPath -PathType Leaf)) {
    $published = Join-Path -Path $SourcePath -ChildPath 'appsettings.json'
    if ($PSCmdlet.ShouldProcess($ConfigPath, 'Start from the published appsettings.json')) {
        Copy-Item -LiteralPath $published -Destination $ConfigPath
    }

    $needsEndpoints = $true
}

# The agent writes its log to the Application log under its assembly name; registering the source here keeps the
# first entry from depending on the service creating it.
if (-not [System.Diagnostics.EventLog]::SourceExists($EventSource)) {
    if ($PSCmdlet.ShouldProcess($EventSource, 'Register the Application event log source')) {
        [System.Diagnostics.EventLog]::CreateEventSource($EventSource, 'Application')
    }
}

# LocalSystem (New-Service's default account): the agent needs an administrator. Get-RemoteAccess and the
# Security log (events.ikeext) are for administrators, gre.path's raw socket needs an elevated process, and so do
# the approved remediations (restarting RemoteAccess, ipconfig /registerdns, Clear-DnsServerCache).
if ($null -eq $existing) {
    if ($PSCmdlet.ShouldProcess($ServiceName, 'Create the service (LocalSystem, automatic start)')) {
        New-Service -Name $ServiceName -BinaryPathName $BinaryPath -DisplayName 'VpnBot agent' `
            -Description 'Runs VpnBot''s VPN checks on this machine for the bot host. Connects out over HTTPS; opens no port.' `
            -StartupType Automatic | Out-Null
    }
}
elseif ($PSCmdlet.ShouldProcess($ServiceName, 'Update the service (binary path, automatic start)')) {
    Set-ItemProperty -LiteralPath $ServiceKey -Name 'ImagePath' -Value $BinaryPath
    Set-Service -Name $ServiceName -StartupType Automatic
}

# Recovery: restart 1 min after a crash, again after 1 min, then every 5 min; the count resets after a day.
# Exit code 78 is not a crash. The agent exits 78 when a person must act (the host revoked or refused it, the
# enrolment token was refused, it has neither credential nor token): it then stops itself, and reports the stop
# to the service manager as an orderly one. Windows runs recovery actions only for a service that ends without
# reporting it stopped, unless "Enable actions for stops with errors" is set, so the flag stays off (failureflag 0):
# a revoked agent stays stopped, with the reason in the Application log, instead of being restarted in a loop.
if ($PSCmdlet.ShouldProcess($ServiceName, 'Set recovery: restart after a crash, never after the agent stops itself')) {
    Invoke-ScExe -Arguments @('failure', $ServiceName, 'reset=', '86400', 'actions=', 'restart/60000/restart/60000/restart/300000')
    Invoke-ScExe -Arguments @('failureflag', $ServiceName, '0')
}

# The service's own environment: the validated parameter values, in the registry, never on a command line.
$environment = New-Object -TypeName System.Collections.Generic.List[string]
$environment.Add("Vpn__Agent__HostUrl=$HostUrl")
if ($PSBoundParameters.ContainsKey('EnrolmentToken')) {
    $environment.Add("Vpn__Agent__EnrolmentToken=$EnrolmentToken")
}

if ($PSBoundParameters.ContainsKey('Vantage')) {
    $environment.Add("Vpn__Agent__Vantage=$Vantage")
}

$environment.Add("Vpn__Agent__DataFolder=$CredentialDir")
# The event log takes warnings and errors only by default; "Connected to ..." and "Enrolled as ..." are
# information, and an administrator wants to see them there. The enrolment's HTTP client stays at warnings.
$environment.Add('Logging__EventLog__LogLevel__Default=Information')
$environment.Add('Logging__EventLog__LogLevel__System.Net.Http.HttpClient=Warning')
if ($PSCmdlet.ShouldProcess("$ServiceKey\Environment", 'Write the host address, token, vantage and data folder')) {
    New-ItemProperty -LiteralPath $ServiceKey -Name 'Environment' -PropertyType MultiString -Value $environment.ToArray() -Force | Out-Null
}

if ($needsEndpoints) {
    Write-Warning "Fill in Vpn:Endpoints in $ConfigPath (the endpoints this agent checks, as seen from here), then Restart-Service $ServiceName."
}

if ($NoStart) {
    Write-Host "Installed. Start it with: Start-Service $ServiceName"
    return
}

if ($PSCmdlet.ShouldProcess($ServiceName, 'Start the service')) {
    Start-Service -Name $ServiceName
    # The agent stops itself at once when it cannot enrol or is refused; give it a moment to say so.
    Start-Sleep -Seconds 5
    $status = (Get-Service -Name $ServiceName).Status
    if ($status -eq [System.ServiceProcess.ServiceControllerStatus]::Running) {
        Write-Host "$ServiceName is running. /vpn agents in Teams shows it once it has connected."
    }
    else {
        Write-Warning "$ServiceName is $status. The reason is in the Application event log, source $EventSource (docs/agent.md, Troubleshooting)."
    }
}
