using VpnBot.Windows.Events;
using VpnBot.Windows.Events.RasClient;
using VpnBot.Windows.Tests.Support;

namespace VpnBot.Windows.Tests.Events;

public sealed class RasClientErrorCodeTests
{
    [Fact]
    public void Of_RecordedEvents_GivesEachCodeInCanonicalForm()
    {
        var codes = Fixture.EventLines("Events/application-rasclient-20227.xml").Select(Parse).Select(RasClientErrorCode.Of);

        // -2146885613 is how the client logs CRYPT_E_REVOCATION_OFFLINE: the knowledge base knows it as 0x80092013.
        Assert.Equal(["809", "0x80092013", "868", "809", "809"], codes);
    }

    [Fact]
    public void Of_WindowsSevenLayoutWithoutCoId_TakesTheLastInsertion()
    {
        var entry = Parse(Fixture.EventLines("Events/application-rasclient-20227-win7.xml")[0]);

        Assert.Equal("691", RasClientErrorCode.Of(entry));
    }

    [Fact]
    public void Of_RenderedJapaneseEvent_GivesTheCertificateExpiredHresult()
    {
        var entry = Parse(Fixture.EventLines("Events/application-rasclient-20227-rendered-ja.xml")[0]);

        Assert.Equal("0x800B0101", RasClientErrorCode.Of(entry));
    }

    [Theory]
    [InlineData("CoId={5E2A7C1B-0D3F-4A9E-8B61-2C4F7D9E3A05}: The user CORP\\tanaka dialed a connection named VPN 2 which has failed. The error code returned on failure is 809.", "809")]
    [InlineData("CoId={E3B7A915-6C2D-4F08-A1B4-9D5E7C3F0A28}: ユーザー CORP\\sato が VPN 2 という名前の接続をダイヤルしましたが、失敗しました。失敗時に返されたエラー コードは 13801 です。", "13801")]
    [InlineData("The user CORP\\tanaka dialed a connection named Corp VPN which has failed. The error code returned on failure is -2146762495.", "0x800B0101")]
    [InlineData("The connection failed.", null)]
    public void Of_OnlyTheRenderedMessage_ReadsTheCodeFromIt(string message, string? expected)
    {
        var entry = new EventEntry("RasClient", 20227, null, null, [], message);

        Assert.Equal(expected, RasClientErrorCode.Of(entry));
    }

    [Fact]
    public void Of_LastInsertionIsText_DoesNotTakeANumberedConnectionName()
    {
        var entry = new EventEntry("RasClient", 20227, null, null, [new(null, "CORP\\tanaka"), new(null, "2"), new(null, "unknown")], null);

        Assert.Null(RasClientErrorCode.Of(entry));
    }

    private static EventEntry Parse(string xml)
    {
        Assert.True(EventXml.TryParse(xml, out var entry, out var problem), problem);
        return entry;
    }
}
