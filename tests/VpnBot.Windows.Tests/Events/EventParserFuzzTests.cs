using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Windows.Agent;
using VpnBot.Windows.Configuration;
using VpnBot.Windows.Events;
using VpnBot.Windows.Events.DnsClient;
using VpnBot.Windows.Events.Ike;
using VpnBot.Windows.Events.RasClient;
using VpnBot.Windows.Events.RemoteAccess;
using VpnBot.Windows.Tests.Support;

namespace VpnBot.Windows.Tests.Events;

/// <summary>
/// Event XML the parser has never seen: every recorded event cut at every length, bytes flipped, random text.
/// The parser answers with a reason and the checks with a finding; nothing throws.
/// </summary>
public sealed class EventParserFuzzTests
{
    private static readonly string[] Files =
    [
        "Events/application-rasclient-20227.xml",
        "Events/application-rasclient-20227-rendered-ja.xml",
        "Events/system-dns-client-1014.xml",
        "Events/system-remoteaccess-20271-20276.xml",
        "Events/security-4653-4654.xml",
    ];

    [Fact]
    public void TryParse_EveryTruncationOfEveryRecordedEvent_NeverThrows()
    {
        var cases = 0;
        foreach (var line in Files.SelectMany(Fixture.EventLines))
        {
            for (var length = 0; length < line.Length; length++)
            {
                var parsed = EventXml.TryParse(line[..length], out var entry, out var problem);
                Assert.True(parsed ? entry is not null : problem is not null);
                if (parsed)
                {
                    Exercise(entry!);
                }

                cases++;
            }
        }

        Assert.True(cases > 10_000, $"only {cases} cases");
    }

    [Fact]
    public void TryParse_RandomMutationsOfRecordedEvents_NeverThrow()
    {
        var random = new Random(20227);
        var lines = Files.SelectMany(Fixture.EventLines).ToList();
        const string Alphabet = "<>/='\"&;!?[]{}%-0123456789 \t\r\nxXEventDataSystem\u0000\uFFFF\uD800ｘ０";
        for (var i = 0; i < 20_000; i++)
        {
            var chars = lines[random.Next(lines.Count)].ToCharArray();
            for (var flips = random.Next(1, 8); flips > 0; flips--)
            {
                chars[random.Next(chars.Length)] = Alphabet[random.Next(Alphabet.Length)];
            }

            if (EventXml.TryParse(new string(chars), out var entry, out _))
            {
                Exercise(entry);
            }
        }
    }

    [Fact]
    public void TryParse_RandomText_NeverThrows()
    {
        var random = new Random(1014);
        for (var i = 0; i < 5_000; i++)
        {
            var chars = new char[random.Next(0, 400)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = (char)random.Next(0, 0x3100);
            }

            if (EventXml.TryParse(new string(chars), out var entry, out _))
            {
                Exercise(entry);
            }
        }
    }

    [Fact]
    public async Task Judge_MutatedRecordsThroughEveryFamily_AlwaysAFinding()
    {
        var random = new Random(4653);
        var lines = Files.SelectMany(Fixture.EventLines).ToList();
        EventFamily[] families = [new RasClientEvents(), new DnsClientEvents(), new RemoteAccessEvents(), new IkeFailureEvents()];
        for (var i = 0; i < 400; i++)
        {
            var records = Enumerable.Range(0, random.Next(0, 6)).Select(_ =>
            {
                var chars = lines[random.Next(lines.Count)].ToCharArray();
                // Mostly small edits inside data values: they keep the XML well-formed and the provider right.
                for (var flips = random.Next(0, 4); flips > 0; flips--)
                {
                    chars[random.Next(chars.Length)] = (char)random.Next(0x20, 0x7F);
                }

                return new string(chars);
            }).ToList();

            foreach (var family in families)
            {
                var check = new RecentEventsCheck(family, new RecordedEventLog(records), Options.Create(new AgentEventsOptions()), new LocalMachine(Targets.Machine), new FakeTimeProvider(Targets.RecordedAt));
                var unit = Assert.Single(check.Plan(Targets.For()));
                var finding = await unit.Run(CheckContext.Create(Targets.For(), TimeProvider.System, TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);
                Assert.Contains(finding.Status, new[] { CheckStatus.Pass, CheckStatus.Warn, CheckStatus.Error });
                Assert.All(finding.Evidence.Values, value => Assert.True(value.Length <= 400, value));
            }
        }
    }

    /// <summary>What the families read from an entry must not throw either.</summary>
    private static void Exercise(EventEntry entry)
    {
        RasClientErrorCode.Of(entry);
        IkeFailureReasons.CodeOf(entry.Named("FailureReason"));
        new RemoteAccessEvents().KeyOf(entry);
        new DnsClientEvents().KeyOf(entry);
        new IkeFailureEvents().KeyOf(entry);
    }
}
