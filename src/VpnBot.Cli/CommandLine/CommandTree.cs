using VpnBot.Diagnostics.Input;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using VpnBot.Cli.Localization;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Cli.CommandLine;

/// <summary>
/// <c>vpnbot check &lt;fqdn&gt; ...</c> and <c>vpnbot explain &lt;code&gt;</c>, with help texts in one language.
/// Built once to find <c>--lang</c>, then again in the chosen language.
/// </summary>
internal sealed class CommandTree
{
    // Response files (@file) would let an argument pull in the contents of any file; directives are of no use here.
    private static readonly ParserConfiguration Parsing = new() { ResponseFileTokenReplacer = null };

    public CommandTree(Language language)
    {
        Check = new CheckSyntax(language);
        Explain = new ExplainSyntax(language);
        Lang = new Option<string>(LanguageSelection.OptionName)
        {
            HelpName = "en|ja",
            Description = Texts.In(language, nameof(CliText.LangOptionDescription)),
            Recursive = true,
        };
        Root = new RootCommand(Texts.In(language, nameof(CliText.RootDescription))) { Check.Command, Explain.Command, Lang };
        Root.Directives.Clear();
        foreach (var option in Root.Options)
        {
            switch (option)
            {
                case HelpOption help:
                    help.Description = Texts.In(language, nameof(CliText.HelpOptionDescription));
                    break;
                case VersionOption version:
                    version.Description = Texts.In(language, nameof(CliText.VersionOptionDescription));
                    break;
            }
        }

        Expected = Check.Expected.Concat(Explain.Expected)
            .Append(new(Lang, InputExpectations.Language))
            .ToDictionary();
    }

    public RootCommand Root { get; }

    public CheckSyntax Check { get; }

    public ExplainSyntax Explain { get; }

    public Option<string> Lang { get; }

    /// <summary>What each argument and option expects.</summary>
    public IReadOnlyDictionary<Symbol, LocalizedText> Expected { get; }

    public ParseResult Parse(IReadOnlyList<string> args) => Root.Parse(args, Parsing);

    /// <summary>The <c>--lang</c> value when it was given exactly once, even if the rest of the line has errors.</summary>
    public string? LangValue(ParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.GetResult(Lang) is OptionResult { Tokens: [var token] } ? token.Value : null;
    }
}
