using System.Net;
using System.Net.Sockets;
using DnsClient;

namespace VpnBot.Diagnostics.Dns.Querying;

/// <summary>
/// Asks one server one question inside a time budget and always comes back with a <see cref="DnsAnswer"/>.
/// UDP first, with the attempts <see cref="DnsQuerierOptions"/> fit into the budget; when the reply is
/// truncated (TC) or unreadable, the question is asked again over TCP (RFC 7766 §5) with what is left.
/// Only the caller's cancellation ends a query with an exception.
/// </summary>
internal sealed class DnsQuerier
{
    /// <summary>
    /// Over TCP the budget, not the library's own timer, decides what is a timeout: the library waits this
    /// much longer, so a "timeout" it reports before the budget ends means the server closed the connection.
    /// </summary>
    private static readonly TimeSpan TcpGrace = TimeSpan.FromSeconds(1);

    private readonly TimeProvider _time;
    private readonly DnsQuerierOptions _options;

    public DnsQuerier(TimeProvider time, DnsQuerierOptions? options = null)
    {
        _time = time;
        _options = options ?? DnsQuerierOptions.Default;
    }

    public async Task<DnsAnswer> QueryAsync(IPEndPoint server, string name, QueryType type, TimeSpan budget, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(server);
        // An invalid name is a caller's bug, not a network condition: let it throw here, outside the boundary below.
        var question = new DnsQuestion(name, type, QueryClass.IN);
        var exchange = new Exchange(this, server, question, _time.GetTimestamp(), cancellationToken);
        if (budget <= TimeSpan.Zero)
        {
            return exchange.Failed(DnsOutcome.Timeout, DnsTransport.Udp, "no-time-left");
        }

        using var budgetCts = new CancellationTokenSource(budget, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budgetCts.Token);
        var (attempts, wait) = _options.Plan(budget);
        var udp = await exchange.RunAsync(Options(server, attempts - 1, wait, tcpOnly: false), DnsTransport.Udp, budgetCts.Token, linked.Token).ConfigureAwait(false);
        if (udp is not null)
        {
            return udp;
        }

        var left = budget - exchange.Elapsed;
        if (left <= TimeSpan.Zero)
        {
            return exchange.Failed(DnsOutcome.Timeout, DnsTransport.Tcp, "no-time-left") with { RetriedOverTcp = true };
        }

        var tcp = await exchange.RunAsync(Options(server, 0, left + TcpGrace, tcpOnly: true), DnsTransport.Tcp, budgetCts.Token, linked.Token).ConfigureAwait(false);
        return (tcp ?? exchange.Failed(DnsOutcome.Malformed, DnsTransport.Tcp, "truncated-over-tcp")) with { RetriedOverTcp = true };
    }

    /// <summary>
    /// One server, no cache (every check must see the server's current answer), DNS errors as data, no
    /// hopping to another server on an error or an empty answer, and TCP only when asked: the querier
    /// does the fallback itself so the evidence can say it happened.
    /// </summary>
    private static LookupClientOptions Options(IPEndPoint server, int retries, TimeSpan timeout, bool tcpOnly) => new(server)
    {
        UseCache = false,
        ThrowDnsErrors = false,
        ContinueOnDnsError = false,
        ContinueOnEmptyResponse = false,
        UseRandomNameServer = false,
        EnableAuditTrail = false,
        Retries = retries,
        Timeout = timeout,
        UseTcpFallback = false,
        UseTcpOnly = tcpOnly,
    };

    /// <summary>
    /// DnsClient reports a truncated reply it may not retry over TCP with exactly this exception: the base
    /// type, code Unassigned, no inner exception. A UDP reply too short to parse is reported the same way.
    /// </summary>
    private static bool IsTruncation(Exception ex) =>
        ex.GetType() == typeof(DnsResponseException) && ex is DnsResponseException { Code: DnsResponseCode.Unassigned, InnerException: null };

    private static (DnsOutcome Outcome, string? Detail) Classify(Exception ex, bool budgetSpent, DnsTransport transport)
    {
        if (budgetSpent)
        {
            return (DnsOutcome.Timeout, null);
        }

        for (var e = ex; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SocketException { SocketErrorCode: SocketError.OperationAborted or SocketError.TimedOut }:
                    return (DnsOutcome.Timeout, null);
                case SocketException socket:
                    return (DnsOutcome.NetworkError, socket.SocketErrorCode.ToString());
                case DnsXidMismatchException:
                    return (DnsOutcome.Malformed, "id-mismatch");
                case DnsResponseParseException:
                    return (DnsOutcome.Malformed, "unparsable");
            }
        }

        var timedOut = ex is DnsResponseException { Code: DnsResponseCode.ConnectionTimeout } or TimeoutException or OperationCanceledException;
        if (timedOut)
        {
            // Over TCP the library's timer runs past the budget (TcpGrace), so its "timeout" is an early end
            // of the connection: closed, or a zero length prefix.
            return transport == DnsTransport.Tcp ? (DnsOutcome.NetworkError, "connection-closed") : (DnsOutcome.Timeout, null);
        }

        // Anything else came out of reading the reply (DnsClient's parser surfaces bad data through
        // argument and index exceptions too): the reply is unusable.
        var inner = ex;
        while (inner.InnerException is not null)
        {
            inner = inner.InnerException;
        }

        return (DnsOutcome.Malformed, inner.GetType().Name);
    }

    /// <summary>The state of one question across its UDP and TCP exchanges.</summary>
    private sealed class Exchange(DnsQuerier owner, IPEndPoint server, DnsQuestion question, long started, CancellationToken cancellationToken)
    {
        private readonly string _server = server.ToString();

        public TimeSpan Elapsed => owner._time.GetElapsedTime(started);

        /// <summary>The answer, or null when the UDP reply was truncated and TCP should be tried.</summary>
        public async Task<DnsAnswer?> RunAsync(LookupClientOptions options, DnsTransport transport, CancellationToken budget, CancellationToken linked)
        {
            var client = new LookupClient(options);
            try
            {
                var response = await client.QueryAsync(question, linked).ConfigureAwait(false);
                return DnsAnswer.FromResponse(_server, question, response, transport, Elapsed);
            }
#pragma warning disable CA1031 // The boundary with a third-party parser fed by the network: any exception here describes the reply.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (IsTruncation(ex) && !budget.IsCancellationRequested)
                {
                    return transport == DnsTransport.Udp ? null : Failed(DnsOutcome.Malformed, transport, "truncated-over-tcp");
                }

                var (outcome, detail) = Classify(ex, budget.IsCancellationRequested, transport);
                return Failed(outcome, transport, detail);
            }
        }

        public DnsAnswer Failed(DnsOutcome outcome, DnsTransport transport, string? detail) =>
            DnsAnswer.Failed(_server, question.QueryName.Value, question.QuestionType, outcome, transport, Elapsed, detail);
    }
}
