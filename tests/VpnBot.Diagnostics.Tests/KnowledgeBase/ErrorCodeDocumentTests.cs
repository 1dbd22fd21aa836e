using System.Text;
using VpnBot.Diagnostics.KnowledgeBase;

namespace VpnBot.Diagnostics.Tests.KnowledgeBase;

public sealed class ErrorCodeDocumentTests
{
    private const string Valid = """
        [{ "code": "868", "symbol": "ERROR_DNSNAME_NOT_RESOLVABLE",
           "meaning": { "en": "Name not resolved.", "ja": "名前解決できません。" },
           "causes": [{ "text": { "en": "No A record.", "ja": "A レコードがない。" }, "checks": ["dns.resolve"] }],
           "steps": [{ "en": "Add the record.", "ja": "レコードを登録します。" }] }]
        """;

    [Fact]
    public void Read_ValidDocument_BuildsEntries()
    {
        var entry = Assert.Single(Read(Valid));

        Assert.Equal("868", entry.Code);
        Assert.Equal("名前解決できません。", entry.Meaning.Ja);
        Assert.Equal(["dns.resolve"], Assert.Single(entry.Causes).Checks);
        Assert.Equal("Add the record.", Assert.Single(entry.Steps).En);
    }

    [Theory]
    [InlineData("\"code\": \"868\"", "\"code\": \"0x364\"")] // not canonical
    [InlineData("\"code\": \"868\"", "\"code\": \"vpn\"")]
    [InlineData("\"ja\": \"名前解決できません。\"", "\"ja\": \"\"")] // a language missing
    [InlineData(", \"ja\": \"レコードを登録します。\"", "")]
    [InlineData("\"steps\": [{ \"en\": \"Add the record.\", \"ja\": \"レコードを登録します。\" }]", "\"steps\": []")]
    [InlineData("\"checks\": [\"dns.resolve\"]", "\"checks\": [\" \"]")]
    [InlineData("\"symbol\"", "\"symbl\"")] // a misspelt member is not silently ignored
    [InlineData("[{", "{")]
    public void Read_DefectiveDocument_StopsWithAMessage(string from, string to)
    {
        Assert.Contains(from, Valid, StringComparison.Ordinal);

        var error = Assert.Throws<InvalidDataException>(() => Read(Valid.Replace(from, to, StringComparison.Ordinal)));

        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public void LoadEmbedded_ShippedDocument_IsValid()
    {
        var entries = ErrorCodeDocument.LoadEmbedded();

        Assert.Equal(ErrorCodeCatalog.Default.All.Count, entries.Count);
        Assert.Superset(new HashSet<string>(ErrorCodeCatalogTests.ReferenceCodes.Select(row => row.Data)), entries.Select(e => e.Code).ToHashSet());
    }

    private static IReadOnlyList<ErrorCodeEntry> Read(string json) =>
        ErrorCodeDocument.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)));
}
