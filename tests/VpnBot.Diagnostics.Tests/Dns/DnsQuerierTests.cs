using System.Net;
using DnsClient;
using VpnBot.Diagnostics.Dns;
using VpnBot.Diagnostics.Dns.Querying;
using VpnBot.Diagnostics.Tests.Dns.Wire;

namespace VpnBot.Diagnostics.Tests.Dns;

public sealed class DnsQuerierTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(3);

    private static TestZone Zone() => new TestZone(DnsHarness.Zone).With(Rr.A(DnsHarness.Fqdn, "10.0.0.5", ttl: 120));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task QueryAsync_NoError_ReturnsAddressesFlagsAndTtl()
    {
        await using var server = FakeDnsServer.Start(Zone());

        var answer = await DnsHarness.Querier().QueryAsync(server.EndPoint, DnsHarness.Fqdn, QueryType.A, Budget, Ct);

        Assert.Equal(DnsOutcome.Answered, answer.Outcome);
        Assert.Equal("NOERROR", answer.Rcode);
        Assert.True(answer.Authoritative);
        Assert.False(answer.RecursionAvailable);
        Assert.Equal([IPAddress.Parse("10.0.0.5")], answer.Addresses);
        Assert.Equal(120, Assert.Single(answer.ChainRecords()).InitialTimeToLive);
        Assert.Equal(DnsTransport.Udp, answer.Transport);
        Assert.False(answer.RetriedOverTcp);
        Assert.Equal(server.EndPoint.ToString(), answer.Server);
    }

    [Fact]
    public async Task QueryAsync_NxDomain_IsAnAnswerCarryingTheSoa()
    {
        await using var server = FakeDnsServer.Start(Zone());

        var answer = await DnsHarness.Querier().QueryAsync(server.EndPoint, "nope.example.local", QueryType.A, Budget, Ct);

        Assert.Equal("NXDOMAIN", answer.Rcode);
        Assert.True(answer.IsNxDomain);
        Assert.NotNull(answer.NegativeSoa);
        Assert.Empty(answer.Addresses);
    }

    [Theory]
    [InlineData(2, "SERVFAIL")]
    [InlineData(5, "REFUSED")]
    [InlineData(4, "NOTIMP")]
    [InlineData(12, "RCODE12")]
    public async Task QueryAsync_ErrorResponseCode_IsAnAnswerNamedLikeDig(int rcode, string expected)
    {
        var zone = Zone();
        zone.RcodeFor[DnsHarness.Fqdn] = rcode;
        await using var server = FakeDnsServer.Start(zone);

        var answer = await DnsHarness.Querier().QueryAsync(server.EndPoint, DnsHarness.Fqdn, QueryType.A, Budget, Ct);

        Assert.Equal(DnsOutcome.Answered, answer.Outcome);
        Assert.Equal(expected, answer.Rcode);
    }

    [Fact]
    public async Task QueryAsync_CnameInAnswer_CountsOnlyAddressesOnTheChain()
    {
        // The reply also slips in an address for an owner the question never led to: it must not count.
        await using var server = FakeDnsServer.Start((q, _) =>
        {
            var reply = q.Reply();
            reply.Authoritative = true;
            reply.Answers.Add(Rr.Cname(DnsHarness.Fqdn, "host.example.local"));
            reply.Answers.Add(Rr.A("host.example.local", "10.0.0.7"));
            reply.Answers.Add(Rr.A("unrelated.example.local", "10.9.9.9"));
            return ServerReply.Of(reply.Build());
        });

        var answer = await DnsHarness.Querier().QueryAsync(server.EndPoint, DnsHarness.Fqdn, QueryType.A, Budget, Ct);

        Assert.Equal([IPAddress.Parse("10.0.0.7")], answer.Addresses);
        Assert.Equal(2, answer.ChainRecords().Count());
    }

    [Fact]
    public async Task QueryAsync_Silence_IsTimeoutInsideTheBudget()
    {
        await using var server = FakeDnsServer.Start((_, _) => new ServerReply.Silence());

        var answer = await DnsHarness.Querier().QueryAsync(server.EndPoint, DnsHarness.Fqdn, QueryType.A, TimeSpan.FromMilliseconds(400), Ct);

        Assert.Equal(DnsOutcome.Timeout, answer.Outcome);
        Assert.Equal(DnsRcode.Timeout, answer.Rcode);
        Assert.Equal(1, server.UdpQueries);
    }

    [Fact]
    public async Task QueryAsync_SilenceWithRoomForTwoAttempts_ResendsOnce()
    {
        await using var server = FakeDnsServer.Start((_, _) => new ServerReply.Silence());

        var answer = await DnsHarness.Querier().QueryAsync(server.EndPoint, DnsHarness.Fqdn, QueryType.A, TimeSpan.FromMilliseconds(1200), Ct);

        Assert.Equal(DnsOutcome.Timeout, answer.Outcome);
        Assert.Equal(2, server.UdpQueries);
        Assert.Equal(0, server.TcpQueries);
    }

    [Fact]
    public async Task QueryAsync_TruncatedFlag_AsksAgainOverTcp()
    {
        var zone = Zone();
        await using var server = FakeDnsServer.Start((q, transport) => transport == Transport.Udp
            ? ServerReply.Of(Truncated(q))
            : ServerReply.Of(zone.Answer(q)));

        var answer = await DnsHarness.Querier().QueryAsync(server.EndPoint, DnsHarness.Fqdn, QueryType.A, Budget, Ct);

        Assert.Equal(DnsOutcome.Answered, answer.Outcome);
        Assert.Equal(DnsTransport.Tcp, answer.Transport);
        Assert.True(answer.RetriedOverTcp);
        Assert.Equal([IPAddress.Parse("10.0.0.5")], answer.Addresses);
        Assert.Equal(1, server.TcpQueries);
    }

    [Fact]
    public async Task QueryAsync_ReplyCutShortWithoutTcFlag_AsksAgainOverTcp()
    {
        var zone = Zone();
        await using var server = FakeDnsServer.Start((q, transport) =>
        {
            var full = zone.Answer(q);
            return transport == Transport.Udp ? ServerReply.Of(full[..(full.Length - 3)]) : ServerReply.Of(full);
        });

        var answer = await DnsHarness.Querier().QueryAsync(server.EndPoint, DnsHarness.Fqdn, QueryType.A, Budget, Ct);

        Assert.Equal(DnsOutcome.Answered, answer.Outcome);
        Assert.True(answer.RetriedOverTcp);
        Assert.Equal([IPAddress.Parse("10.0.0.5")], answer.Addresses);
    }

    [Fact]
    public async Task QueryAsync_TruncatedThenGarbageOverTcp_IsMalformedWithEvidence()
    {
        var random = new Random(868);
        await using var server = FakeDnsServer.Start((q, transport) => transport == Transport.Udp
            ? ServerReply.Of(Truncated(q))
            : ServerReply.Of(Garbage(random, 40)));

        var answer = await DnsHarness.Querier().QueryAsync(server.EndPoint, DnsHarness.Fqdn, QueryType.A, Budget, Ct);

        Assert.Equal(DnsOutcome.Malformed, answer.Outcome);
        Assert.Equal(DnsRcode.Malformed, answer.Rcode);
        Assert.True(answer.RetriedOverTcp);
        Assert.Equal(DnsTransport.Tcp, answer.Transport);
        Assert.False(string.IsNullOrEmpty(answer.Detail));
    }

    [Fact]
    public async Task QueryAsync_TruncatedAgainOverTcp_IsMalformed()
    {
        await using var server = FakeDnsServer.Start((q, _) => ServerReply.Of(Truncated(q)));

        var answer = await DnsHarness.Querier().QueryAsync(server.EndPoint, DnsHarness.Fqdn, QueryType.A, Budget, Ct);

        Assert.Equal(DnsOutcome.Malformed, answer.Outcome);
        Assert.Equal("truncated-over-tcp", answer.Detail);
    }

    [Fact]
    public async Task QueryAsync_TruncatedThenTcpClosed_IsNetworkErrorNotTimeout()
    {
        await using var server = FakeDnsServer.Start((q, transport) => transport == Transport.Udp
            ? ServerReply.Of(Truncated(q))
            : new ServerReply.Close());

        var answer = await DnsHarness.Querier().QueryAsync(server.EndPoint, DnsHarness.Fqdn, QueryType.A, Budget, Ct);

        Assert.Equal(DnsOutcome.NetworkError, answer.Outcome);
        Assert.Equal("connection-closed", answer.Detail);
        Assert.True(answer.RetriedOverTcp);
    }

    [Fact]
    public async Task QueryAsync_TruncatedAndNothingOnTcp_IsNetworkErrorConnectionRefused()
    {
        await using var server = FakeDnsServer.Start((q, _) => ServerReply.Of(Truncated(q)), listenTcp: false);

        var answer = await DnsHarness.Querier().QueryAsync(server.EndPoint, DnsHarness.Fqdn, QueryType.A, Budget, Ct);

        Assert.Equal(DnsOutcome.NetworkError, answer.Outcome);
        Assert.Equal(DnsRcode.NetworkError, answer.Rcode);
        Assert.Equal("ConnectionRefused", answer.Detail);
    }

    [Fact]
    public async Task QueryAsync_RandomGarbageOnBothTransports_IsMalformed()
    {
        var random = new Random(809);
        await using var server = FakeDnsServer.Start((_, _) => ServerReply.Of(Garbage(random, 700)));

        var answer = await DnsHarness.Querier().QueryAsync(server.EndPoint, DnsHarness.Fqdn, QueryType.A, Budget, Ct);

        Assert.Equal(DnsOutcome.Malformed, answer.Outcome);
    }

    [Fact]
    public async Task QueryAsync_ReplyWithAnotherId_IsMalformedIdMismatch()
    {
        var zone = Zone();
        await using var server = FakeDnsServer.Start((q, _) => ServerReply.Of(zone.Answer(q with { Id = (ushort)(q.Id ^ 0x5A5A) })));

        var answer = await DnsHarness.Querier().QueryAsync(server.EndPoint, DnsHarness.Fqdn, QueryType.A, TimeSpan.FromMilliseconds(500), Ct);

        Assert.Equal(DnsOutcome.Malformed, answer.Outcome);
        Assert.Equal("id-mismatch", answer.Detail);
    }

    [Fact]
    public async Task QueryAsync_EmptyDatagram_FallsBackToTcp()
    {
        var zone = Zone();
        await using var server = FakeDnsServer.Start((q, transport) => transport == Transport.Udp ? ServerReply.Of([]) : ServerReply.Of(zone.Answer(q)));

        var answer = await DnsHarness.Querier().QueryAsync(server.EndPoint, DnsHarness.Fqdn, QueryType.A, Budget, Ct);

        Assert.True(answer.RetriedOverTcp);
        Assert.Equal("NOERROR", answer.Rcode);
    }

    [Fact]
    public async Task QueryAsync_NoBudgetLeft_IsTimeoutWithoutAsking()
    {
        await using var server = FakeDnsServer.Start(Zone());

        var answer = await DnsHarness.Querier().QueryAsync(server.EndPoint, DnsHarness.Fqdn, QueryType.A, TimeSpan.Zero, Ct);

        Assert.Equal(DnsOutcome.Timeout, answer.Outcome);
        Assert.Equal(0, server.UdpQueries);
    }

    [Fact]
    public async Task QueryAsync_CallerCancels_ThrowsOperationCanceled()
    {
        await using var server = FakeDnsServer.Start((_, _) => new ServerReply.Silence());
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        cts.CancelAfter(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            DnsHarness.Querier().QueryAsync(server.EndPoint, DnsHarness.Fqdn, QueryType.A, TimeSpan.FromSeconds(10), cts.Token));
    }

    [Theory]
    [InlineData(100, 1, 100)]
    [InlineData(300, 1, 300)]
    [InlineData(1000, 2, 500)]
    [InlineData(10000, 2, 2000)]
    public void Plan_Budget_SplitsIntoAttempts(int budgetMs, int attempts, int waitMs)
    {
        var plan = DnsQuerierOptions.Default.Plan(TimeSpan.FromMilliseconds(budgetMs));

        Assert.Equal(attempts, plan.Attempts);
        Assert.Equal(TimeSpan.FromMilliseconds(waitMs), plan.AttemptTimeout);
    }

    [Fact]
    public async Task SystemResolver_Localhost_AnswersWithLoopback()
    {
        var answer = await new SystemResolver(TimeProvider.System).ResolveAsync("localhost", Budget, Ct);

        Assert.Equal(DnsOutcome.Answered, answer.Outcome);
        Assert.Equal(DnsTransport.System, answer.Transport);
        Assert.Contains(answer.Addresses, IPAddress.IsLoopback);
    }

    /// <summary>An empty reply with TC set, as a server sends when the answer does not fit in UDP (RFC 1035 §4.2.1).</summary>
    internal static byte[] Truncated(DnsQueryMessage query)
    {
        var reply = query.Reply();
        reply.Authoritative = true;
        reply.Truncated = true;
        return reply.Build();
    }

    internal static byte[] Garbage(Random random, int maxLength)
    {
        var bytes = new byte[random.Next(1, maxLength)];
        random.NextBytes(bytes);
        return bytes;
    }
}
