using VpnBot.Cli.Localization;
using VpnBot.Diagnostics.Input;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Cli.Rendering;

/// <summary>
/// The one line a failed command prints on standard error: scripts and monitoring systems show the first
/// line of output, so the whole reason has to fit on it.
/// </summary>
internal static class ErrorLine
{
    public static void Write(TextWriter error, string message)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(message);
        error.WriteLine(message.ReplaceLineEndings(" "));
        error.Flush();
    }

    /// <summary>The first error's message, with a count of the others.</summary>
    public static string For(IReadOnlyList<InputError> errors, Language language)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var first = errors[0].Message(language);
        return errors.Count == 1 ? first : Texts.In(language, nameof(CliText.MoreErrors), first, errors.Count - 1);
    }
}
