using VpnBot.Bot.Cards.Model;
using VpnBot.Diagnostics.KnowledgeBase;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Bot.Cards.Views;

/// <summary>The VPN type of the connection on the employee's PC, as Windows' VPN settings name it.</summary>
public enum ConnectionType
{
    Unknown,
    Automatic,
    Ikev2,
    L2tp,
    Sstp,
    Pptp,
}

/// <summary>Where the employee is connecting from.</summary>
public enum NetworkKind
{
    Unknown,
    Home,
    Office,
    Mobile,
    PublicWifi,
}

/// <summary>The server side in words an employee understands (no addresses, no check ids).</summary>
public enum ServerState
{
    /// <summary>No check has run recently.</summary>
    Unknown,

    Healthy,

    /// <summary>Works, with a warning IT is looking at.</summary>
    Degraded,

    /// <summary>A failure on the server side: the employee cannot fix it; IT has been shown the cause.</summary>
    Down,
}

/// <summary>What the employee told the triage card.</summary>
/// <param name="Code">The error code in canonical form, when given and known.</param>
public sealed record TriageAnswers(string? Code, ConnectionType Connection, NetworkKind Network);

/// <summary>Employee reports in personal chat: the questions, then guidance for their case.</summary>
public static class TriageCards
{
    /// <summary>
    /// Asks which error (a code, prefilled when the message had one), which connection type and which network,
    /// with a send button (<see cref="Verbs.Triage"/>, inputs <see cref="Verbs.CodeKey"/>,
    /// <see cref="Verbs.ConnectionKey"/>, <see cref="Verbs.NetworkKey"/>; choice values are the enum names).
    /// </summary>
    public static AdaptiveCard Ask(string? code, Language language) => throw new NotImplementedException();

    /// <summary>
    /// Steps the employee can take for their case (flush the DNS cache, check the connection's VPN type, try
    /// another network, …), what the error means when known, and the server's state in plain words.
    /// </summary>
    /// <param name="checkedAt">When the server state was established; null when <paramref name="state"/> is Unknown.</param>
    public static AdaptiveCard Guidance(TriageAnswers answers, ErrorCodeEntry? code, ServerState state, DateTimeOffset? checkedAt, Language language) =>
        throw new NotImplementedException();
}
