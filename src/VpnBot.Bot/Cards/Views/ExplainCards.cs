using VpnBot.Bot.Cards.Model;
using VpnBot.Diagnostics.KnowledgeBase;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Bot.Cards.Views;

/// <summary>The knowledge-base card for an error code (<c>/vpn explain 809</c>, "エラー868").</summary>
public static class ExplainCards
{
    /// <summary>
    /// Meaning, likely causes, what to do. For IT, a button per configured endpoint (up to a few) that runs
    /// the checks confirming the causes (<see cref="Verbs.Check"/> with <see cref="Verbs.ChecksKey"/>);
    /// employees get the same explanation without the button and with a line that IT can check the server.
    /// </summary>
    /// <param name="asWritten">The code as the user wrote it (<c>-2147024028</c>), shown when it differs from the canonical code.</param>
    public static AdaptiveCard Explain(ErrorCodeEntry entry, string asWritten, Audience audience, IReadOnlyList<string> endpoints, Language language) =>
        throw new NotImplementedException();

    /// <summary>The code is well-formed but unknown, or not a code at all: says so and lists a few known codes.</summary>
    public static AdaptiveCard NotFound(string asWritten, ErrorCodeLookupFailure failure, IErrorCodeCatalog codes, Language language) =>
        throw new NotImplementedException();
}
