using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;
using VpnBot.Diagnostics.Checks;
using VpnBot.Testing;

namespace VpnBot.Diagnostics.Tests.Localization;

/// <summary>
/// A .resx is XML, so "&gt;" in the file is "&gt;" once and ">" when rendered. Escaping twice, or
/// half-escaping ("&gt;" typed as ">gt;"), leaves entity debris in what users read.
/// </summary>
public sealed partial class ResourceEscapingTests
{
    private static readonly CultureInfo[] Cultures = [CultureInfo.InvariantCulture, CultureInfo.GetCultureInfo("ja")];

    [Fact]
    public void CoreAssembly_NoRenderedTextContainsEntityDebris()
    {
        var checkedTexts = 0;
        var debris = new List<string>();
        foreach (var type in ResourceTexts.ClassesIn(typeof(CheckIds).Assembly))
        {
            var manager = ResourceTexts.ManagerOf(type);
            foreach (var culture in Cultures)
            {
                var set = manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
                Assert.NotNull(set);
                foreach (DictionaryEntry entry in set)
                {
                    if (entry.Value is not string text)
                    {
                        continue;
                    }

                    checkedTexts++;
                    if (HasEntityDebris(text))
                    {
                        debris.Add($"{type.FullName}.{entry.Key} ({(culture.Name.Length == 0 ? "en" : culture.Name)}): {text}");
                    }
                }
            }
        }

        Assert.True(checkedTexts > 0, "no resource text was found to check");
        Assert.True(debris.Count == 0, string.Join(Environment.NewLine, debris));
    }

    [Theory]
    [InlineData("Properties >gt; Security")]
    [InlineData("Properties &gt; Security")]
    [InlineData("a &lt;b&gt;")]
    [InlineData("Tom &amp; Jerry")]
    [InlineData("Tom &amp;amp; Jerry")]
    [InlineData("[プロパティ] >gt; [セキュリティ]")]
    [InlineData("x &#62; y")]
    [InlineData("x &#x3e; y")]
    [InlineData("say &quot;hi&quot;")]
    public void HasEntityDebris_EscapedOrHalfEscapedText_IsFound(string text)
    {
        Assert.True(HasEntityDebris(text));
    }

    [Theory]
    [InlineData("Properties > Security > custom IPsec policy")]
    [InlineData("[プロパティ] > [セキュリティ]")]
    [InlineData("R&D; <tag>; a < b & c > d")]
    [InlineData("Restart-Service -Name RemoteAccess -Force")]
    public void HasEntityDebris_PlainText_IsNotFound(string text)
    {
        Assert.False(HasEntityDebris(text));
    }

    private static bool HasEntityDebris(string text) => EntityDebris().IsMatch(text);

    /// <summary>A named XML entity ("&amp;gt;", ">gt;", " gt;") or a numeric character reference.</summary>
    [GeneratedRegex(@"(?<![A-Za-z])(?:gt|lt|amp|quot|apos);|&#(?:\d+|x[0-9A-Fa-f]+);", RegexOptions.IgnoreCase)]
    private static partial Regex EntityDebris();
}
