using Spectre.Console;
using VpnBot.Cli.Hosting;

namespace VpnBot.Cli.Rendering;

/// <summary>
/// The Spectre.Console surface for standard output: colours, cursor movement and the live display on a
/// terminal; plain text without a single escape code when output is redirected to a file, a pipe or a
/// monitoring system.
/// </summary>
internal static class ConsoleFactory
{
    /// <summary>
    /// Width when output is redirected: wide enough that nothing wraps, so a finding stays on one row and the
    /// verdict on one line for whatever reads the file or pipe.
    /// </summary>
    public const int RedirectedWidth = 4000;

    public static IAnsiConsole Create(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var terminal = console.OutputIsTerminal;
        var ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(console.Out),
            Ansi = terminal ? console.TerminalAnsi : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Yes : InteractionSupport.No,
        });

        if (console.Width is { } width)
        {
            ansi.Profile.Width = width;
        }
        else if (!terminal)
        {
            ansi.Profile.Width = RedirectedWidth;
        }

        return ansi;
    }
}
