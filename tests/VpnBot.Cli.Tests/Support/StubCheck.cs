using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Cli.Tests.Support;

/// <summary>
/// A check at the <see cref="ICheck"/> seam: plans one unit per subject and reports the status it was
/// given, so rendering and exit codes can be driven without a network. Remembers the target it planned for.
/// </summary>
internal sealed class StubCheck(string id, params (string Subject, CheckStatus Status)[] units) : ICheck
{
    public string Id => id;

    public CheckTarget? PlannedFor { get; private set; }

    public Func<CheckTarget, IEnumerable<CheckUnit>>? PlanOverride { get; init; }

    public IEnumerable<CheckUnit> Plan(CheckTarget target)
    {
        PlannedFor = target;
        if (PlanOverride is not null)
        {
            return PlanOverride(target);
        }

        return units.Select(unit => new CheckUnit(id, unit.Subject, (_, _) => Task.FromResult(Finding(id, unit.Subject, unit.Status))));
    }

    /// <summary>A check whose one unit never answers: the runner reports it at the deadline, with the deadline as <c>timeoutMs</c>.</summary>
    public static StubCheck Hanging(string id) => new(id)
    {
        PlanOverride = _ => [new CheckUnit(id, "127.0.0.1", (_, _) => new TaskCompletionSource<Finding>().Task)],
    };

    public static Finding Finding(string check, string subject, CheckStatus status) => new()
    {
        Check = check,
        Subject = subject,
        Status = status,
        Summary = new LocalizedText($"{check} on {subject} is {status}", $"{subject} の {check} は {status} です"),
        Evidence = new Dictionary<string, string> { ["outcome"] = status.ToString().ToLowerInvariant() },
        ErrorCodes = status == CheckStatus.Fail ? ["868"] : [],
        Remediation = status == CheckStatus.Pass ? [] : [new LocalizedText($"Fix {check}", $"{check} を修正する")],
    };
}
