using VpnBot.Bot.Cards.Model;
using VpnBot.Testing;

namespace VpnBot.Bot.Tests.Cards;

/// <summary>Every text of the bot exists in English and Japanese, with the same placeholders, and the Japanese is Japanese.</summary>
public sealed class CardTextResourceTests
{
    public static TheoryData<string> ResourceClasses() => [.. ResourceTexts.ClassesIn(typeof(AdaptiveCard).Assembly).Select(t => t.FullName!)];

    [Fact]
    public void BotAssembly_HasTheCardTexts()
    {
        Assert.Contains("VpnBot.Bot.Cards.Text.CheckText", ResourceTexts.ClassesIn(typeof(AdaptiveCard).Assembly).Select(t => t.FullName));
    }

    [Theory]
    [MemberData(nameof(ResourceClasses))]
    public void ResourceClass_EveryKeyInBothLanguagesWithTheSamePlaceholders(string typeName) =>
        ResourceTexts.AssertBothLanguages(typeof(AdaptiveCard).Assembly.GetType(typeName, throwOnError: true)!);
}
