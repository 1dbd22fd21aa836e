using System.CommandLine;
using System.CommandLine.Parsing;
using VpnBot.Cli.Localization;
using VpnBot.Diagnostics.Input;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Cli.CommandLine;

/// <summary>
/// Turns what the command-line parser rejected (unknown option, missing argument, value missing or
/// repeated) into the product's one-line message, naming the argument and what it expects.
/// </summary>
internal static class ParseErrorMessages
{
    public static string Describe(ParseResult result, CommandTree tree, Language language)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(tree);
        string Say(string name, params object?[] args) => Texts.In(language, name, args);
        string ExpectedOf(Symbol symbol) => tree.Expected.TryGetValue(symbol, out var text) ? text[language] : symbol.Description ?? string.Empty;

        var command = result.CommandResult.Command;
        if (result.UnmatchedTokens is [var token, ..])
        {
            var shown = InputError.Shown(token);
            if (token.Length > 1 && token[0] == '-')
            {
                return Say(nameof(CliText.UnknownOption), shown, string.Join(", ", OptionNames(command)));
            }

            return command.Arguments is [var argument, ..]
                ? Say(nameof(CliText.UnexpectedArgument), shown, Usage(argument))
                : Say(nameof(CliText.UnknownCommand), shown);
        }

        foreach (var error in result.Errors)
        {
            switch (error.SymbolResult)
            {
                case OptionResult { Option: VersionOption version }:
                    return Say(nameof(CliText.VersionAlone), version.Name);
                case OptionResult option:
                    return OptionMessage(option.Option, option.Tokens);
                case ArgumentResult { Parent: OptionResult option }:
                    return OptionMessage(option.Option, option.Tokens);
                case ArgumentResult argument when argument.Tokens.Count == 0:
                    return Say(nameof(CliText.MissingArgument), Usage(argument.Argument), ExpectedOf(argument.Argument));
                case ArgumentResult argument:
                    return new InputError(Usage(argument.Argument), argument.Tokens[0].Value, ExpectedText(argument.Argument)).Message(language);
            }
        }

        return Say(nameof(CliText.MissingCommand));

        string OptionMessage(Option option, IReadOnlyList<Token> tokens) => tokens.Count switch
        {
            0 => Say(nameof(CliText.MissingValue), option.Name, ExpectedOf(option)),
            > 1 => Say(nameof(CliText.RepeatedOption), option.Name, ExpectedOf(option)),
            _ => new InputError(option.Name, tokens[0].Value, ExpectedText(option)).Message(language),
        };

        LocalizedText ExpectedText(Symbol symbol) => tree.Expected.GetValueOrDefault(symbol) ?? LocalizedText.Invariant(ExpectedOf(symbol));
    }

    private static string Usage(Argument argument) => $"<{argument.Name}>";

    /// <summary>The options a command accepts, including those it inherits (<c>--lang</c>, <c>--help</c>).</summary>
    private static IEnumerable<string> OptionNames(Command command) =>
        command.Options
            .Concat(command.Parents.OfType<Command>().SelectMany(parent => parent.Options.Where(o => o.Recursive)))
            .Select(o => o.Name)
            .Concat(command is RootCommand ? ["check", "explain"] : [])
            .Distinct(StringComparer.Ordinal);
}
