using System.Collections.Concurrent;
using System.Globalization;
using DnsClient;
using VpnBot.Diagnostics.Dns.Querying;
using VpnBot.Diagnostics.Tests.Dns.Wire;

namespace VpnBot.Diagnostics.Tests.Dns;

/// <summary>
/// Thousands of random and mutated replies through the real querier, over real UDP and TCP sockets:
/// whatever comes back, the querier returns a result and no exception escapes. Deterministic: every
/// reply is derived from the seed, the case number (carried in the question name) and the transport.
/// </summary>
public sealed class DnsQuerierFuzzTests
{
    private const int Seed = 0x0868_0809;
    private const int Cases = 6000;

    private static readonly QueryType[] Types =
    [
        QueryType.A, QueryType.AAAA, QueryType.CNAME, QueryType.SOA, QueryType.PTR, QueryType.TXT, QueryType.MX, QueryType.NS, QueryType.SRV,
    ];

    [Fact]
    public async Task QueryAsync_RandomAndMutatedReplies_AlwaysReturnAResult()
    {
        await using var server = FakeDnsServer.Start(Reply);
        var querier = DnsHarness.Querier();
        var outcomes = new ConcurrentDictionary<DnsOutcome, int>();
        var overTcp = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = TestContext.Current.CancellationToken };

        await Parallel.ForEachAsync(Enumerable.Range(0, Cases), options, async (i, ct) =>
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"c{i}.fuzz.test");
            var answer = await querier.QueryAsync(server.EndPoint, name, Types[i % Types.Length], TimeSpan.FromSeconds(2), ct);

            Assert.NotNull(answer);
            Assert.Equal(server.EndPoint.ToString(), answer.Server);
            Assert.False(string.IsNullOrEmpty(answer.Rcode));
            Assert.True(Enum.IsDefined(answer.Outcome));
            _ = answer.Addresses.Count + answer.ChainRecords().Count();
            outcomes.AddOrUpdate(answer.Outcome, 1, (_, n) => n + 1);
            if (answer.RetriedOverTcp)
            {
                Interlocked.Increment(ref overTcp);
            }
        });

        TestContext.Current.TestOutputHelper?.WriteLine($"{Describe(outcomes)}, over TCP={overTcp}");
        Assert.Equal(Cases, outcomes.Values.Sum());
        // The corpus reaches both ends of the parser: replies it reads and replies it rejects, over both transports.
        Assert.True(outcomes.GetValueOrDefault(DnsOutcome.Answered) > Cases / 20, Describe(outcomes));
        Assert.True(outcomes.GetValueOrDefault(DnsOutcome.Malformed) > Cases / 20, Describe(outcomes));
        Assert.True(overTcp > Cases / 20, $"over TCP: {overTcp}");
    }

    private static string Describe(ConcurrentDictionary<DnsOutcome, int> outcomes) =>
        string.Join(", ", outcomes.Select(p => $"{p.Key}={p.Value}"));

    private static ServerReply Reply(DnsQueryMessage query, Transport transport)
    {
        var index = int.Parse(query.Name.Split('.')[0][1..], CultureInfo.InvariantCulture);
        // Not HashCode.Combine: it is seeded per process, and the corpus must be the same on every run.
        var random = new Random(unchecked(Seed + (index * 2) + (int)transport));
        if (transport == Transport.Tcp)
        {
            switch (random.Next(10))
            {
                case 0:
                    return new ServerReply.Close();
                case 1:
                    return new ServerReply.Raw(RandomBytes(random, 300));
            }
        }

        return ServerReply.Of(Mutate(random, query, transport));
    }

    private static byte[] Mutate(Random random, DnsQueryMessage query, Transport transport)
    {
        var valid = ValidReply(query, random);
        switch (random.Next(8))
        {
            case 0:
                return RandomBytes(random, 600);
            case 1:
            {
                // Random body behind the right id and QR, so the parser gets past the header checks.
                var bytes = RandomBytes(random, 600);
                if (bytes.Length >= 3)
                {
                    bytes[0] = (byte)(query.Id >> 8);
                    bytes[1] = (byte)query.Id;
                    bytes[2] |= 0x80;
                }

                return bytes;
            }

            case 2:
                for (var flips = random.Next(1, 9); flips > 0; flips--)
                {
                    valid[random.Next(2, valid.Length)] = (byte)random.Next(256);
                }

                return valid;
            case 3:
                return valid[..random.Next(2, valid.Length)];
            case 4:
                // Section counts that lie about what follows.
                for (var field = 4; field < 12; field += 2)
                {
                    if (random.Next(2) == 0)
                    {
                        valid[field] = (byte)random.Next(3);
                        valid[field + 1] = (byte)random.Next(256);
                    }
                }

                return valid;
            case 5:
            {
                var at = random.Next(12, valid.Length);
                return [.. valid[..at], .. RandomBytes(random, 40), .. valid[at..]];
            }

            case 6:
            {
                // A compression pointer anywhere, including at itself (a loop) and past the end.
                var at = random.Next(12, valid.Length - 1);
                var target = random.Next(2) == 0 ? at : random.Next(0, 0x3FFF);
                valid[at] = (byte)(0xC0 | (target >> 8));
                valid[at + 1] = (byte)target;
                return valid;
            }

            default:
                // TC set over UDP sends the question to TCP; over TCP it is a reply that cannot be completed.
                valid[2] |= 0x02;
                return transport == Transport.Udp && random.Next(2) == 0 ? valid[..12] : valid;
        }
    }

    /// <summary>A well-formed reply with one record of many types, so mutations land in every record parser.</summary>
    private static byte[] ValidReply(DnsQueryMessage query, Random random)
    {
        var reply = query.Reply();
        reply.Authoritative = random.Next(2) == 0;
        reply.RecursionAvailable = random.Next(2) == 0;
        var name = query.Name;
        reply.Answers.Add(Rr.Cname(name, "t.fuzz.test", (uint)random.Next(0, 100000)));
        reply.Answers.Add(Rr.A("t.fuzz.test", "192.0.2.1"));
        reply.Answers.Add(Rr.Aaaa("t.fuzz.test", "2001:db8::1"));
        reply.Answers.Add(Rr.Txt(name, "v=fuzz"));
        reply.Answers.Add(Rr.Ptr(name, "host.fuzz.test"));
        reply.Answers.Add(new Rr(name, RrType.Mx, 60, [0, 10, .. DnsWire.Name("mx.fuzz.test")]));
        reply.Answers.Add(new Rr(name, 33, 60, [0, 1, 0, 2, 0x01, 0xBB, .. DnsWire.Name("sstp.fuzz.test")]));
        reply.Answers.Add(new Rr(name, 65280, 60, RandomBytes(random, 16)));
        reply.Authorities.Add(Rr.Soa("fuzz.test", (uint)random.Next()));
        reply.Authorities.Add(Rr.Ns("fuzz.test", "ns1.fuzz.test"));
        reply.Additionals.Add(Rr.A("ns1.fuzz.test", "192.0.2.53"));
        // EDNS OPT pseudo-record (RFC 6891 §6.1.2): root owner, class = UDP size, TTL = extended flags.
        reply.Additionals.Add(new Rr(string.Empty, RrType.Opt, 0, []));
        return reply.Build();
    }

    private static byte[] RandomBytes(Random random, int maxLength)
    {
        var bytes = new byte[random.Next(0, maxLength)];
        random.NextBytes(bytes);
        return bytes;
    }
}
