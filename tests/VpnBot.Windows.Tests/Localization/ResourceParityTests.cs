using VpnBot.Testing;
using VpnBot.Windows.DependencyInjection;

namespace VpnBot.Windows.Tests.Localization;

/// <summary>Every user-facing text of the Windows collectors exists in English and Japanese, with the same placeholders.</summary>
public sealed class ResourceParityTests
{
    public static TheoryData<string> ResourceClasses() =>
        [.. ResourceTexts.ClassesIn(typeof(WindowsCollectorsServiceCollectionExtensions).Assembly).Select(t => t.FullName!)];

    [Fact]
    public void WindowsAssembly_HasAResourceClassPerArea()
    {
        var classes = ResourceTexts.ClassesIn(typeof(WindowsCollectorsServiceCollectionExtensions).Assembly).Select(t => t.Name).ToList();

        Assert.Equal(["AgentText", "EventsText", "RrasConfigText", "ServicesText"], classes.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ResourceClasses))]
    public void ResourceClass_EveryKeyHasEnglishAndJapaneseWithSamePlaceholders(string typeName) =>
        ResourceTexts.AssertBothLanguages(typeof(WindowsCollectorsServiceCollectionExtensions).Assembly.GetType(typeName, throwOnError: true)!);
}
