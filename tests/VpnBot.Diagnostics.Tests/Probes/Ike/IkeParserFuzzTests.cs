using System.Net;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Net;
using VpnBot.Diagnostics.Probes;
using VpnBot.Diagnostics.Probes.Ike;
using VpnBot.Diagnostics.Probes.Ike.Ikev1;
using VpnBot.Diagnostics.Probes.Ike.Ikev2;
using VpnBot.Diagnostics.Probes.Ike.Wire;
using VpnBot.Diagnostics.Tests.Probes.Ike.Support;

namespace VpnBot.Diagnostics.Tests.Probes.Ike;

/// <summary>
/// Every IKE reply parser, and the findings built on what they return, against random bytes and damaged
/// real replies: no exception may escape and every input gives either a response or a failure.
/// Seeds are fixed so a failure reproduces.
/// </summary>
public sealed class IkeParserFuzzTests
{
    private const int RandomCases = 5000;
    private const int MutationsPerFixture = 1500;
    private static readonly IPEndPoint Remote = IPEndPoint.Parse("198.18.0.2:500");
    private static readonly IPEndPoint Local = IPEndPoint.Parse("198.18.0.1:40000");

    public static TheoryData<string> AllReplies()
    {
        var all = new TheoryData<string>();
        foreach (var name in IkeFixtures.Ikev2Replies().Concat(IkeFixtures.Ikev1Replies()))
        {
            all.Add(name.Data);
        }

        return all;
    }

    [Fact]
    public void Ikev2Parse_RandomBytes_AlwaysGivesAResult()
    {
        var mutator = new IkeMutator(7296);
        for (var i = 0; i < RandomCases; i++)
        {
            var spi = (ulong)i + 1;
            var input = i % 2 == 0
                ? mutator.RandomBytes(600)
                : mutator.RandomBehindHeader(spi, Ikev2Constants.MajorVersion, Ikev2Constants.IkeSaInit, IkeHeader.ResponseFlag, 600);
            AssertIkev2(input, spi);
        }
    }

    [Fact]
    public void Ikev1Parse_RandomBytes_AlwaysGivesAResult()
    {
        var mutator = new IkeMutator(2409);
        for (var i = 0; i < RandomCases; i++)
        {
            var spi = (ulong)i + 1;
            var input = i % 2 == 0
                ? mutator.RandomBytes(600)
                : mutator.RandomBehindHeader(spi, Ikev1Constants.MajorVersion, i % 4 == 1 ? Ikev1Constants.MainMode : Ikev1Constants.Informational, 0, 600);
            AssertIkev1(input, spi);
        }
    }

    [Theory]
    [MemberData(nameof(AllReplies))]
    public void Ikev2Parse_MutatedRealReply_AlwaysGivesAResult(string fixture)
    {
        var (original, other, spi) = Load(fixture);
        var mutator = new IkeMutator(fixture.Length * 31);
        var seen = new HashSet<IkeMalformation?>();
        for (var i = 0; i < MutationsPerFixture; i++)
        {
            seen.Add(AssertIkev2(mutator.Mutate(original, other), spi));
        }

        if (IsIkev2(original))
        {
            AssertReachedThePayloads(seen);
        }
    }

    [Theory]
    [MemberData(nameof(AllReplies))]
    public void Ikev1Parse_MutatedRealReply_AlwaysGivesAResult(string fixture)
    {
        var (original, other, spi) = Load(fixture);
        var mutator = new IkeMutator(fixture.Length * 37);
        var seen = new HashSet<IkeMalformation?>();
        for (var i = 0; i < MutationsPerFixture; i++)
        {
            seen.Add(AssertIkev1(mutator.Mutate(original, other), spi));
        }

        if (!IsIkev2(original))
        {
            AssertReachedThePayloads(seen);
        }
    }

    [Theory]
    [MemberData(nameof(AllReplies))]
    public void Findings_MutatedRealReply_AlwaysGiveAFindingWithAnOutcome(string fixture)
    {
        var (original, other, spi) = Load(fixture);
        var mutator = new IkeMutator(fixture.Length * 41);
        var target = new CheckTarget { Name = "t", Fqdn = "vpn.example.local" };
        var context = new IkeFindingContext("ike.v2", "198.18.0.2:500", Remote, target, TimeSpan.FromMilliseconds(3));
        for (var i = 0; i < MutationsPerFixture / 3; i++)
        {
            var reply = mutator.Mutate(original, other);
            var natT = i % 2 == 0;
            var datagram = natT ? NonEspMarker.Prefix(reply) : reply;
            var transport = new IkeDatagramExchange(
                new UdpExchangeResult(UdpOutcome.Answered, datagram, 1, TimeSpan.FromMilliseconds(2)) { Remote = Remote },
                reply,
                natT,
                null,
                Local);

            var v2 = new Ikev2ProbeResult(Ikev2Exchange.Classify(transport, 14, natT, spi), null);
            var v2Finding = natT ? NatTFindings.FromIkev2(context, v2) : Ikev2Findings.ForIkev2(context, v2);
            var v1 = Ikev1Probe.Classify(transport, natT, spi);
            var v1Finding = natT ? NatTFindings.FromIkev1(context, v1) : Ikev1Findings.ForIkev1(context, v1);

            Assert.Equal(v2.Final.Outcome, v2Finding.Evidence[ProbeOutcome.Key]);
            Assert.Equal(v1.Outcome, v1Finding.Evidence[ProbeOutcome.Key]);
            Assert.False(string.IsNullOrEmpty(v2Finding.Summary.Ja));
            Assert.False(string.IsNullOrEmpty(v1Finding.Summary.En));
        }
    }

    private static (byte[] Original, byte[] Other, ulong Spi) Load(string fixture)
    {
        var original = IkeFixtures.Message(fixture);
        var other = IkeFixtures.Message(fixture.StartsWith("ikev1", StringComparison.Ordinal) ? "ikev2-answered.hex" : "ikev1-answered.hex");
        return (original, other, IkeFixtures.Spi(original));
    }

    private static bool IsIkev2(byte[] message) => message[17] >> 4 == Ikev2Constants.MajorVersion;

    /// <summary>The mutations must not all stop at the header: some replies still parse, others fail inside the payloads.</summary>
    private static void AssertReachedThePayloads(HashSet<IkeMalformation?> seen)
    {
        Assert.Contains(null, seen);
        Assert.Contains(seen, reason => reason is IkeMalformation.PayloadTruncated or IkeMalformation.ProposalInvalid or IkeMalformation.TransformInvalid or IkeMalformation.NotifyInvalid);
    }

    private static IkeMalformation? AssertIkev2(byte[] input, ulong spi)
    {
        var result = Ikev2ResponseParser.Parse(input, spi);
        Assert.True(result.Response is null != result.Failure is null, Convert.ToHexString(input));
        if (result.Response is { } response)
        {
            _ = response.Proposal?.Describe();
            _ = response.Notifications.Select(n => n.Name).ToList();
            _ = response.VendorIds.Select(v => VendorIds.Describe(v)).ToList();
            _ = NatDetection.Evaluate(response, Remote, Local);
        }
        else
        {
            Assert.NotEqual("unknown", result.Failure!.Token);
        }

        return result.Failure?.Reason;
    }

    private static IkeMalformation? AssertIkev1(byte[] input, ulong spi)
    {
        var result = Ikev1ResponseParser.Parse(input, spi);
        Assert.True(result.Response is null != result.Failure is null, Convert.ToHexString(input));
        if (result.Response is { } response)
        {
            _ = response.Chosen?.Describe();
            _ = response.Notifications.Select(n => n.Name).ToList();
        }
        else
        {
            Assert.NotEqual("unknown", result.Failure!.Token);
        }

        return result.Failure?.Reason;
    }
}
