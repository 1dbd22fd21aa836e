using VpnBot.Diagnostics.Input;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Diagnostics.Tests.Input;

public sealed class InputErrorTests
{
    [Fact]
    public void Message_NamesArgumentValueAndExpectation_InBothLanguages()
    {
        var error = new InputError("--dns", "10.0.0.300", HostName.Parse("").Expected!);

        Assert.StartsWith("--dns: '10.0.0.300'", error.Message(Language.English), StringComparison.Ordinal);
        Assert.StartsWith("--dns: '10.0.0.300'", error.Message(Language.Japanese), StringComparison.Ordinal);
        Assert.Contains("ホスト名", error.Message(Language.Japanese), StringComparison.Ordinal);
    }

    [Fact]
    public void Shown_ControlAndBidiCharacters_AreEscaped()
    {
        var shown = InputError.Shown("a\u001b[31mb\u202ec\nd");

        Assert.DoesNotContain('\u001b', shown);
        Assert.DoesNotContain('\u202e', shown);
        Assert.DoesNotContain('\n', shown);
        Assert.Contains("\\u001B", shown, StringComparison.Ordinal);
        Assert.Contains("\\u202E", shown, StringComparison.Ordinal);
    }

    [Fact]
    public void Shown_LongValue_IsShortenedToOneLine()
    {
        var shown = InputError.Shown(new string('x', 10_000));

        Assert.True(shown.Length < 100);
        Assert.EndsWith("…", shown, StringComparison.Ordinal);
    }
}
