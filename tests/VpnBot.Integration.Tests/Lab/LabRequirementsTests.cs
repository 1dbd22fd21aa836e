using VpnBot.Lab.Testing;
using Xunit.Sdk;

namespace VpnBot.Integration.Tests.Lab;

/// <summary>A missing requirement skips a test on a developer machine and fails it in CI.</summary>
public sealed class LabRequirementsTests
{
    private const string Reason = "The lab needs frobnicate, which is not installed.";

    [Fact]
    public void Enforce_NoReason_LetsTheTestRun() => LabRequirements.Enforce(null, ci: true);

    [Theory]
    [InlineData(null, false, RequirementVerdict.Run)]
    [InlineData(null, true, RequirementVerdict.Run)]
    [InlineData(Reason, false, RequirementVerdict.Skip)]
    [InlineData(Reason, true, RequirementVerdict.Fail)]
    internal void Verdict_ReasonAndCi_RunSkipOrFail(string? reason, bool ci, RequirementVerdict expected) =>
        Assert.Equal(expected, LabRequirements.Verdict(reason, ci));

    [Fact]
    public void Enforce_ReasonUnderCi_FailsWithTheReason()
    {
        var failure = Assert.Throws<FailException>(() => LabRequirements.Enforce(Reason, ci: true));

        Assert.Contains(Reason, failure.Message, StringComparison.Ordinal);
        Assert.Contains("CI=true", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingReason_UnknownProgram_NamesIt()
    {
        var reason = LabRequirements.MissingReason("vpnbot-no-such-program");

        Assert.NotNull(reason);
        Assert.True(
            reason.Contains("vpnbot-no-such-program", StringComparison.Ordinal) || reason.Contains("root", StringComparison.Ordinal),
            reason);
    }

    [Fact]
    public void FindProgram_AbsentAndPresent_NullAndFullPath()
    {
        Assert.Null(LabRequirements.FindProgram("vpnbot-no-such-program"));
        Assert.Equal("/bin/sh", LabRequirements.FindProgram("/bin/sh"));
        Assert.True(Path.IsPathRooted(LabRequirements.FindProgram("sh")));
    }
}
