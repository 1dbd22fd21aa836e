using VpnBot.Windows.Events;
using VpnBot.Windows.Tests.Support;

namespace VpnBot.Windows.Tests.Events;

public sealed class EventXmlTests
{
    public static TheoryData<string> RecordedFiles() =>
    [
        "Events/application-rasclient-20227.xml",
        "Events/application-rasclient-20227-win7.xml",
        "Events/application-rasclient-20227-rendered-ja.xml",
        "Events/system-dns-client-1014.xml",
        "Events/system-remoteaccess-20271-20276.xml",
        "Events/security-4653-4654.xml",
    ];

    [Theory]
    [MemberData(nameof(RecordedFiles))]
    public void TryParse_EveryRecordedEvent_ParsesWithProviderIdAndTime(string file)
    {
        foreach (var line in Fixture.EventLines(file))
        {
            Assert.True(EventXml.TryParse(line, out var entry, out var problem), problem);
            Assert.False(string.IsNullOrEmpty(entry.Provider));
            Assert.True(entry.EventId > 0);
            Assert.NotNull(entry.TimeCreated);
            Assert.NotEmpty(entry.Data);
        }
    }

    [Fact]
    public void TryParse_RasClientClassicEvent_ReadsPositionalDataInOrder()
    {
        var line = Fixture.EventLines("Events/application-rasclient-20227.xml")[0];

        Assert.True(EventXml.TryParse(line, out var entry, out _));

        Assert.Equal("RasClient", entry.Provider);
        Assert.Equal(20227, entry.EventId);
        Assert.Equal(new DateTimeOffset(2025, 11, 20, 8, 55, 41, 93, TimeSpan.Zero).AddTicks(7512), entry.TimeCreated);
        Assert.Equal("PC-0142.corp.example.local", entry.Computer);
        Assert.Equal(["{5E2A7C1B-0D3F-4A9E-8B61-2C4F7D9E3A05}", "CORP\\tanaka", "Corp VPN", "809"], entry.Data.Select(d => d.Value));
        Assert.All(entry.Data, d => Assert.Null(d.Name));
        Assert.Null(entry.Message);
    }

    [Fact]
    public void TryParse_SecurityAuditEvent_ReadsNamedDataAndNineDigitFractions()
    {
        var line = Fixture.EventLines("Events/security-4653-4654.xml")[0];

        Assert.True(EventXml.TryParse(line, out var entry, out _));

        Assert.Equal("Microsoft-Windows-Security-Auditing", entry.Provider);
        Assert.Equal(4653, entry.EventId);
        Assert.Equal(new DateTimeOffset(2025, 11, 20, 8, 58, 3, TimeSpan.Zero).AddTicks(4152625), entry.TimeCreated);
        Assert.Equal("IKE authentication credentials are unacceptable", entry.Named("FailureReason"));
        Assert.Equal("203.0.113.77", entry.Named("remoteaddress"));
        Assert.Null(entry.Named("NoSuchField"));
    }

    [Fact]
    public void TryParse_RenderedXml_ReadsTheMessage()
    {
        var line = Fixture.EventLines("Events/application-rasclient-20227-rendered-ja.xml")[0];

        Assert.True(EventXml.TryParse(line, out var entry, out _));

        Assert.Contains("失敗時に返されたエラー コードは -2146762495 です。", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_WithoutTheNamespace_StillReadsTheRecord()
    {
        const string Xml = "<Event><System><Provider Name='RemoteAccess'/><EventID>20271</EventID><TimeCreated SystemTime='2025-11-20T08:46:51Z'/></System><EventData><Data>x</Data></EventData></Event>";

        Assert.True(EventXml.TryParse(Xml, out var entry, out _));

        Assert.Equal(20271, entry.EventId);
    }

    [Theory]
    [InlineData(null, "empty")]
    [InlineData("", "empty")]
    [InlineData("not xml", "not XML")]
    [InlineData("<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System>", "not XML")]
    [InlineData("<Events/>", "not an event record")]
    [InlineData("<Event><System><EventID>1</EventID></System></Event>", "no provider")]
    [InlineData("<Event><System><Provider Name='X'/><EventID>one</EventID></System></Event>", "no event id")]
    [InlineData("<Event><System><Provider Name='X'/><EventID>99999999999</EventID></System></Event>", "no event id")]
    public void TryParse_NotAnEvent_GivesAReason(string? xml, string reason)
    {
        Assert.False(EventXml.TryParse(xml, out var entry, out var problem));

        Assert.Null(entry);
        Assert.StartsWith(reason, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_EntityExpansionAttack_IsRefusedWithoutExpanding()
    {
        const string Xml = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
            <Event><System><Provider Name='&lol2;'/><EventID>1</EventID></System></Event>
            """;

        Assert.False(EventXml.TryParse(Xml, out _, out var problem));

        Assert.StartsWith("not XML", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_UnreadableTime_KeepsTheEventWithoutOne()
    {
        const string Xml = "<Event><System><Provider Name='X'/><EventID>1</EventID><TimeCreated SystemTime='yesterday'/></System></Event>";

        Assert.True(EventXml.TryParse(Xml, out var entry, out _));

        Assert.Null(entry.TimeCreated);
        Assert.Empty(entry.Data);
    }
}
