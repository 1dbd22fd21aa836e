using VpnBot.Lab.Daemons.Sstp;

namespace VpnBot.Lab.Startup;

/// <summary>Starts SoftEther VPN Server, the one SSTP server packaged here (whose SSTP listener never answers).</summary>
internal static class SstpStartup
{
    public static Task StartAsync(StartupContext context, CancellationToken cancellationToken) =>
        SoftEtherServer.StartAsync(
            "SoftEther VPN Server (SSTP)", context.Plan.Sstp, context.Plan.PathFor("softether"), context.Daemons, context.Timeout, cancellationToken);
}
