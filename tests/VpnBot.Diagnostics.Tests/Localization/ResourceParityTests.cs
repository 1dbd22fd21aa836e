using VpnBot.Diagnostics.Checks;
using VpnBot.Testing;

namespace VpnBot.Diagnostics.Tests.Localization;

/// <summary>Every user-facing text of the core exists in English and Japanese, with the same placeholders.</summary>
public sealed class ResourceParityTests
{
    public static TheoryData<string> ResourceClasses() => [.. ResourceTexts.ClassesIn(typeof(CheckIds).Assembly).Select(t => t.FullName!)];

    [Fact]
    public void CoreAssembly_HasGeneratedResourceClasses()
    {
        Assert.NotEmpty(ResourceTexts.ClassesIn(typeof(CheckIds).Assembly));
    }

    [Theory]
    [MemberData(nameof(ResourceClasses))]
    public void ResourceClass_EveryKeyHasEnglishAndJapaneseWithSamePlaceholders(string typeName) =>
        ResourceTexts.AssertBothLanguages(typeof(CheckIds).Assembly.GetType(typeName, throwOnError: true)!);
}
