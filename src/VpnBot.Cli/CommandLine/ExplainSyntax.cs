using VpnBot.Diagnostics.Input;
using System.CommandLine;
using VpnBot.Cli.Localization;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Cli.CommandLine;

/// <summary>The <c>explain</c> command's argument and options.</summary>
internal sealed class ExplainSyntax
{
    public ExplainSyntax(Language language)
    {
        Code = new Argument<string>("code") { Description = Texts.In(language, nameof(CliText.CodeArgumentDescription)) };
        Json = Options.Flag("--json", Texts.In(language, nameof(CliText.ExplainJsonOptionDescription)));
        Command = new Command("explain", Texts.In(language, nameof(CliText.ExplainDescription))) { Code, Json };
        Expected = new Dictionary<Symbol, LocalizedText>
        {
            [Code] = InputExpectations.ErrorCode,
        };
    }

    public Command Command { get; }

    public Argument<string> Code { get; }

    public Option<bool> Json { get; }

    public IReadOnlyDictionary<Symbol, LocalizedText> Expected { get; }
}
