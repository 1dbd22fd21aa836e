using VpnBot.Diagnostics.Probes.Ike;
using VpnBot.Diagnostics.Probes.Ike.Wire;

namespace VpnBot.Diagnostics.Tests.Probes.Ike;

public sealed class IkeTextTests
{
    [Fact]
    public void Resources_EveryMalformationHasAPhrase()
    {
        Assert.All(Enum.GetValues<IkeMalformation>(), reason =>
        {
            var phrase = IkeFindings.Reason(reason);
            Assert.False(string.IsNullOrWhiteSpace(phrase.En));
            Assert.False(string.IsNullOrWhiteSpace(phrase.Ja));
            Assert.NotEqual("unknown", new IkeParseFailure(reason, 0).Token);
        });
    }
}
