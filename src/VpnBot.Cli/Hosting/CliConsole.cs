using System.Text;
using Spectre.Console;

namespace VpnBot.Cli.Hosting;

/// <summary>
/// Where the command writes: the report to <see cref="Out"/>, the one-line error and logs to
/// <see cref="Error"/>. Injected so tests capture both without touching the process console.
/// </summary>
/// <param name="Out">Standard output: the report, the JSON object, help.</param>
/// <param name="Error">Standard error: the one-line error and log lines.</param>
/// <param name="OutputIsTerminal">True when standard output is a terminal: colours and the live progress display are used only then.</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool OutputIsTerminal)
{
    /// <summary>ANSI support on a terminal; detected unless set (tests set it to render as a terminal would).</summary>
    public AnsiSupport TerminalAnsi { get; init; } = AnsiSupport.Detect;

    /// <summary>Columns to lay the report out in; null means the terminal's width, or no wrapping at all when output is redirected.</summary>
    public int? Width { get; init; }

    public static CliConsole FromProcess()
    {
        // Japanese text needs UTF-8; a Windows console may still be on a legacy code page.
        if (Console.OutputEncoding.CodePage != Encoding.UTF8.CodePage)
        {
            Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        }

        return new CliConsole(Console.Out, Console.Error, !Console.IsOutputRedirected);
    }
}
