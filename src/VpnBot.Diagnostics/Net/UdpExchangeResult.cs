using System.Net;
using System.Net.Sockets;

namespace VpnBot.Diagnostics.Net;

/// <summary>How a UDP request/reply exchange ended.</summary>
public enum UdpOutcome
{
    /// <summary>A datagram the caller accepted as the reply arrived.</summary>
    Answered,

    /// <summary>Every attempt went unanswered: the port is filtered (a firewall drops it), or nothing listens and no ICMP comes back.</summary>
    NoAnswer,

    /// <summary>The host answered with ICMP port unreachable: reachable, but nothing listens there, or a firewall rejects.</summary>
    Refused,

    /// <summary>The local stack or an ICMP message says the network or host cannot be reached.</summary>
    Unreachable,
}

/// <summary>The reply (when there was one) and what it took to get it.</summary>
public sealed record UdpExchangeResult(UdpOutcome Outcome, ReadOnlyMemory<byte> Reply, int Attempts, TimeSpan Elapsed, SocketError? SocketError = null)
{
    /// <summary>Datagrams that arrived but were not accepted as the reply (unrelated or malformed).</summary>
    public int Ignored { get; init; }

    public IPEndPoint? Remote { get; init; }

    /// <summary>The local address and port the exchange sent from, for follow-up messages the peer keys by port.</summary>
    public IPEndPoint? LocalEndPoint { get; init; }
}
