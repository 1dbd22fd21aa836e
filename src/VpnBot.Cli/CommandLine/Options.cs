using System.CommandLine;

namespace VpnBot.Cli.CommandLine;

/// <summary>
/// Option shapes. Every value arrives as text and is parsed by the core's strict parsers, so a bad value
/// is reported in the product's words (and language), not the command-line library's.
/// </summary>
internal static class Options
{
    /// <summary>An option given at most once with one value.</summary>
    public static Option<string> Single(string name, string helpName, string description) => new(name)
    {
        HelpName = helpName,
        Description = description,
    };

    /// <summary>A repeatable option: one value per occurrence (<c>--dns A --dns B</c>).</summary>
    public static Option<string[]> Repeatable(string name, string helpName, string description) => new(name)
    {
        HelpName = helpName,
        Description = description,
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    public static Option<bool> Flag(string name, string description) => new(name)
    {
        Description = description,
        Arity = ArgumentArity.Zero,
    };
}
