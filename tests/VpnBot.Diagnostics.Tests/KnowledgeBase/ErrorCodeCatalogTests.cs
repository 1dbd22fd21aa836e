using Microsoft.Extensions.DependencyInjection;
using VpnBot.Diagnostics.KnowledgeBase;

namespace VpnBot.Diagnostics.Tests.KnowledgeBase;

public sealed class ErrorCodeCatalogTests
{
    /// <summary>The codes of the reference table every administrator-facing explanation must cover.</summary>
    public static TheoryData<string> ReferenceCodes =>
    [
        "609", "619", "691", "720", "732", "787", "788", "789", "792", "800", "806", "809", "810", "811", "812",
        "827", "835", "853", "864", "868", "13801", "13805", "13806", "13868", "0x80070040", "0x800B0109", "0x80092013",
    ];

    private static readonly ErrorCodeCatalog Catalog = ErrorCodeCatalog.Default;

    [Theory]
    [MemberData(nameof(ReferenceCodes))]
    public void Find_ReferenceCode_ReturnsItsEntry(string code)
    {
        var lookup = Catalog.Find(code);

        Assert.True(lookup.Found);
        Assert.Equal(code, lookup.Entry!.Code);
        Assert.Equal(code, lookup.NormalizedCode);
        Assert.Equal(ErrorCodeLookupFailure.None, lookup.Failure);
    }

    [Fact]
    public void All_EveryEntry_HasSymbolMeaningCausesAndStepsInBothLanguages()
    {
        Assert.NotEmpty(Catalog.All);
        foreach (var entry in Catalog.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(entry.Symbol), entry.Code);
            AssertBothLanguages(entry.Meaning, entry.Code);
            Assert.NotEmpty(entry.Causes);
            Assert.NotEmpty(entry.Steps);
            foreach (var cause in entry.Causes)
            {
                AssertBothLanguages(cause.Text, entry.Code);
            }

            foreach (var step in entry.Steps)
            {
                AssertBothLanguages(step, entry.Code);
            }
        }
    }

    [Fact]
    public void All_JapaneseTexts_AreWrittenInJapanese()
    {
        var texts = Catalog.All.SelectMany(e => e.Causes.Select(c => c.Text).Concat(e.Steps).Append(e.Meaning));

        foreach (var text in texts)
        {
            Assert.Contains(text.Ja, c => c is >= '\u3040' and <= '\u30FF' or >= '\u4E00' and <= '\u9FFF');
            Assert.NotEqual(text.En, text.Ja);
        }
    }

    [Fact]
    public void All_EveryCauseCheck_IsADeclaredCheckId()
    {
        var unknown =
            from entry in Catalog.All
            from cause in entry.Causes
            from check in cause.Checks
            where !KnownCheckIds.All.Contains(check)
            select $"{entry.Code}: {check}";

        Assert.Empty(unknown);
    }

    [Fact]
    public void All_EveryEntry_PointsAtLeastOneCauseToACheck()
    {
        // Client-only causes (a damaged WAN Miniport) have no check that sees them from the server side, but
        // every entry must point at least one cause to a check, or the diagnosis cannot confirm anything.
        foreach (var entry in Catalog.All)
        {
            Assert.Contains(entry.Causes, cause => cause.Checks.Count > 0);
        }
    }

    [Fact]
    public void All_IsInAscendingNumericOrder_WithoutDuplicates()
    {
        var values = Catalog.All.Select(entry => Assert.IsType<uint>(Parse(entry.Code))).ToList();

        Assert.Equal(values.Order(), values);
        Assert.Equal(values.Count, values.Distinct().Count());
    }

    [Fact]
    public void Default_IsLoadedOnce()
    {
        Assert.Same(ErrorCodeCatalog.Default, ErrorCodeCatalog.Default);
        Assert.Same(ErrorCodeCatalog.Default.All, ErrorCodeCatalog.Default.All);
    }

    [Fact]
    public void AddKnowledgeBase_RegistersOneSharedCatalog()
    {
        using var provider = new ServiceCollection().AddKnowledgeBase().BuildServiceProvider();

        var first = provider.GetRequiredService<IErrorCodeCatalog>();
        var second = provider.GetRequiredService<IErrorCodeCatalog>();

        Assert.Same(first, second);
        Assert.True(first.Find("868").Found);
    }

    [Fact]
    public void Constructor_DuplicateCode_IsRejected()
    {
        var entry = Catalog.Find("868").Entry!;

        Assert.Throws<InvalidDataException>(() => new ErrorCodeCatalog([entry, entry]));
    }

    private static void AssertBothLanguages(VpnBot.Diagnostics.Localization.LocalizedText text, string code)
    {
        Assert.False(string.IsNullOrWhiteSpace(text.En), code);
        Assert.False(string.IsNullOrWhiteSpace(text.Ja), code);
    }

    private static uint? Parse(string code) => ErrorCodeText.TryParse(code, out var value) ? value : null;
}
