using VpnBot.Cli.Hosting;
using VpnBot.Cli.Localization;
using VpnBot.Cli.Rendering;
using VpnBot.Diagnostics.Input;
using VpnBot.Diagnostics.KnowledgeBase;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Cli.Commands;

/// <summary><c>vpnbot explain &lt;code&gt;</c>: what a Windows VPN error code means and what to do about it.</summary>
internal sealed class ExplainCommand(IErrorCodeCatalog catalog, CliConsole console)
{
    private const string CodeArgument = "<code>";

    public async Task<int> RunAsync(string code, bool json, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(code);
        var lookup = catalog.Find(code);
        if (lookup.Entry is not { } entry)
        {
            var message = lookup.Failure == ErrorCodeLookupFailure.Unknown
                ? Texts.In(language, nameof(CliText.CodeNotInKnowledgeBase), CodeArgument, InputError.Shown(lookup.NormalizedCode ?? code))
                : new InputError(CodeArgument, code, InputExpectations.ErrorCode).Message(language);
            ErrorLine.Write(console.Error, message);
            return ExitCodes.Unknown;
        }

        if (json)
        {
            await console.Out.WriteLineAsync(ExplainJson.Serialize(entry, language));
            await console.Out.FlushAsync(cancellationToken);
        }
        else
        {
            ExplainView.Write(ConsoleFactory.Create(console), entry, code, language);
        }

        return ExitCodes.Ok;
    }
}
