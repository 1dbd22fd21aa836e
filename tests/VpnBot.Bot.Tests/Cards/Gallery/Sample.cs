using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Bot.Tests.Cards.Gallery;

/// <summary>The endpoint every sample is about, as the architecture's configuration example describes it.</summary>
internal static class Sample
{
    public const string Endpoint = "tokyo";
    public const string Fqdn = "vpn.example.local";
    public const string Vantage = "bot-host-01";
    public const string Primary = "10.0.0.10:53";
    public const string Secondary = "10.0.0.11:53";
    public const string Resolver = "10.0.0.1:53";
    public const string PublicResolver = "203.0.113.53:53";
    public const string InternalAddress = "10.0.0.5";
    public const string PublicAddress = "203.0.113.10";
    public const string Tls = Fqdn + ":443";

    /// <summary>A fixed moment, so cards and their PNGs do not change from run to run.</summary>
    public static readonly DateTimeOffset StartedAt = new(2026, 11, 26, 0, 41, 12, TimeSpan.Zero);

    /// <summary>A finding as a check writes it: summary in both languages, evidence in gathering order.</summary>
    public static Finding Finding(string check, string subject, CheckStatus status, string en, string ja, long durationMs, params (string Key, string Value)[] evidence) =>
        new()
        {
            Check = check,
            Subject = subject,
            Status = status,
            Summary = new LocalizedText(en, ja),
            Evidence = evidence.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal),
            DurationMs = durationMs,
        };

    public static LocalizedText Text(string en, string ja) => new(en, ja);
}
