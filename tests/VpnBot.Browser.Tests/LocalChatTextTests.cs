using VpnBot.Host.LocalChat;
using VpnBot.Testing;

namespace VpnBot.Browser.Tests;

/// <summary>The host's own texts (the local chat page's start-up and refusal messages) exist in English and Japanese.</summary>
public sealed class LocalChatTextTests
{
    [Fact]
    public void HostAssembly_EveryResourceClassHasEnglishAndJapaneseWithSamePlaceholders()
    {
        var classes = ResourceTexts.ClassesIn(typeof(LocalChatOptions).Assembly);

        Assert.Contains(classes, t => t.Name == "LocalChatText");
        Assert.All(classes, ResourceTexts.AssertBothLanguages);
    }
}
