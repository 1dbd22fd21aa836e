using System.Globalization;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;
using VpnBot.Diagnostics.Probes.Ike.Wire;

namespace VpnBot.Diagnostics.Probes.Ike;

/// <summary>
/// The findings every IKE probe shares: the common evidence, and the outcomes where no IKE answer came
/// (silence, ICMP refusal, no route, something that is not IKE).
/// </summary>
internal static class IkeFindings
{
    /// <summary>How many bytes of a malformed reply go into the evidence.</summary>
    private const int HexPreviewBytes = 64;

    public static IkeEvidence Evidence(IkeFindingContext context, string outcome, int attempts)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new IkeEvidence(outcome)
            .Set("address", context.Remote.Address.ToString())
            .Set("port", context.Remote.Port)
            .Set("attempts", attempts)
            .Set("elapsedMs", (long)context.Elapsed.TotalMilliseconds);
    }

    /// <summary>The finding for silence, refusal, no route or a malformed reply; null for a protocol answer.</summary>
    public static Finding? NoUsableAnswer(
        IkeFindingContext context,
        string outcome,
        IkeDatagramExchange transport,
        IkeParseFailure? failure,
        ReadOnlyMemory<byte> malformedBytes,
        IkeEvidence evidence,
        IReadOnlyList<LocalizedText> pathSteps)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(transport);
        ArgumentNullException.ThrowIfNull(evidence);
        var port = context.Remote.Port;
        if (transport.Udp.Ignored > 0)
        {
            evidence.Set("ignoredDatagrams", transport.Udp.Ignored);
        }

        switch (outcome)
        {
            case ProbeOutcome.NoAnswer:
                return Fail(context, evidence, Text(nameof(IkeText.IkeNoAnswer), port, (long)transport.Udp.Elapsed.TotalMilliseconds, transport.Udp.Attempts), context.PathErrorCodes, pathSteps);
            case ProbeOutcome.Refused:
                evidence.Set("socketError", transport.Udp.SocketError?.ToString() ?? "ConnectionRefused");
                return Fail(context, evidence, Text(nameof(IkeText.IkeRefused), port), context.PathErrorCodes, [Text(nameof(IkeText.RemedyRefused), port), Text(nameof(IkeText.RemedyServices))]);
            case ProbeOutcome.Unreachable:
                var error = transport.Udp.SocketError?.ToString() ?? "HostUnreachable";
                evidence.Set("socketError", error);
                return Fail(context, evidence, Text(nameof(IkeText.IkeUnreachable), error), context.PathErrorCodes, [Text(nameof(IkeText.RemedyUnreachable), context.Remote.Address)]);
            case ProbeOutcome.Malformed:
                var reason = failure ?? new IkeParseFailure(IkeMalformation.NotAResponse, 0);
                evidence.Set("reason", reason.Token)
                    .Set("offset", reason.Offset)
                    .Set("replyLength", malformedBytes.Length)
                    .Set("replyHex", Convert.ToHexStringLower(malformedBytes.Span[..Math.Min(HexPreviewBytes, malformedBytes.Length)]));
                var summary = WithPhrase(nameof(IkeText.IkeMalformed), port, Reason(reason.Reason));
                return Fail(context, evidence, summary, context.PathErrorCodes, [Text(nameof(IkeText.RemedyMalformed), port), Text(nameof(IkeText.RemedyForwardPorts))]);
            default:
                return null;
        }
    }

    /// <summary>The responder's Vendor IDs by name (<c>vendorIds</c>) and the Windows release one of them reveals (<c>windowsRelease</c>).</summary>
    public static void AddVendorIds(IkeEvidence evidence, IReadOnlyList<byte[]> vendorIds)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(vendorIds);
        if (vendorIds.Count == 0)
        {
            return;
        }

        evidence.Set("vendorIds", string.Join("; ", vendorIds.Select(v => VendorIds.Describe(v))));
        if (vendorIds.Select(v => VendorIds.WindowsRelease(v)).FirstOrDefault(r => r is not null) is { } release)
        {
            evidence.Set("windowsRelease", release);
        }
    }

    /// <summary>Remediation when nothing answers: firewalls, NAT forwarding, the server's services.</summary>
    public static IReadOnlyList<LocalizedText> PathSteps(bool natTPort)
    {
        var steps = new List<LocalizedText> { Text(nameof(IkeText.RemedyOpenPorts)), Text(nameof(IkeText.RemedyForwardPorts)) };
        if (natTPort)
        {
            steps.Add(Text(nameof(IkeText.RemedyNatTPort)));
        }

        steps.Add(Text(nameof(IkeText.RemedyServices)));
        return steps;
    }

    public static Finding Make(IkeFindingContext context, CheckStatus status, IkeEvidence evidence, LocalizedText summary, IReadOnlyList<string>? errorCodes = null, IReadOnlyList<LocalizedText>? steps = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(evidence);
        return new Finding
        {
            Check = context.Check,
            Subject = context.Subject,
            Status = status,
            Summary = summary,
            Evidence = evidence.Values,
            ErrorCodes = errorCodes ?? [],
            Remediation = steps ?? [],
        };
    }

    public static LocalizedText Text(string name, params object?[] args) => LocalizedText.Format(IkeText.ResourceManager, name, args);

    /// <summary>The localized phrase for a malformation, e.g. "a payload runs past the end of the message".</summary>
    public static LocalizedText Reason(IkeMalformation reason) => Text("Malformed" + reason.ToString());

    /// <summary>Formats <paramref name="name"/> with <paramref name="first"/> and a phrase that differs per language.</summary>
    public static LocalizedText WithPhrase(string name, object first, LocalizedText phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        return new LocalizedText(
            Render(name, Language.English, first, phrase.En),
            Render(name, Language.Japanese, first, phrase.Ja));
    }

    private static string Render(string name, Language language, params object?[] args)
    {
        var culture = language.Culture();
        var template = IkeText.ResourceManager.GetString(name, culture)
            ?? throw new InvalidOperationException($"Resource '{name}' is missing from {IkeText.ResourceManager.BaseName}.");
        return string.Format(culture, template, args);
    }

    private static Finding Fail(IkeFindingContext context, IkeEvidence evidence, LocalizedText summary, IReadOnlyList<string> codes, IReadOnlyList<LocalizedText> steps) =>
        Make(context, CheckStatus.Fail, evidence, summary, codes, steps);

    /// <summary>Hex of a value for the evidence, e.g. an SPI.</summary>
    public static string Hex(ulong value) => value.ToString("x16", CultureInfo.InvariantCulture);
}
