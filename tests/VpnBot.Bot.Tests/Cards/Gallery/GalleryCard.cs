using VpnBot.Bot.Cards.Model;
using VpnBot.Bot.Cards.Views;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Bot.Tests.Cards.Gallery;

/// <summary>One card the bot can send, built from sample data in either language.</summary>
/// <param name="Name">File-name friendly (<c>check-result-critical</c>); with the language it names the PNG in docs/cards.</param>
/// <param name="Description">What the card shows, for docs/cards/README.md.</param>
/// <param name="Audience">Who receives it: employee cards must not show internal details.</param>
public sealed record GalleryCard(string Name, string Description, Audience Audience, Func<Language, AdaptiveCard> Build)
{
    /// <summary>docs/cards also shows the card with every toggle open.</summary>
    public bool ShowOpened { get; init; }

    /// <summary><c>check-result-critical.ja</c>: the card in one language, as the parser and renderer tests name it.</summary>
    public string FileName(Language language) => $"{Name}.{language.Code()}";
}
