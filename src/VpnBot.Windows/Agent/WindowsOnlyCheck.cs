using System.Runtime.InteropServices;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;

namespace VpnBot.Windows.Agent;

/// <summary>
/// What a Windows collector is on any other platform: one unit that reports <c>skip</c> with the reason, so
/// a Linux agent's report says which checks only the Windows agent on the VPN server can run.
/// </summary>
internal sealed class WindowsOnlyCheck(string id, LocalMachine machine) : ICheck
{
    public string Id => id;

    public IEnumerable<CheckUnit> Plan(CheckTarget target) =>
        [new CheckUnit(id, machine.Name, (_, _) => Task.FromResult(Skip()))];

    private Finding Skip() => new()
    {
        Check = id,
        Subject = machine.Name,
        Status = CheckStatus.Skip,
        Summary = AgentTexts.Format(nameof(AgentText.WindowsOnly), id, PlatformName()),
        Evidence = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["platform"] = BoundedText.Of(RuntimeInformation.OSDescription),
        },
    };

    private static string PlatformName() =>
        OperatingSystem.IsLinux() ? "Linux" : OperatingSystem.IsMacOS() ? "macOS" : BoundedText.Of(RuntimeInformation.OSDescription, 40);
}
