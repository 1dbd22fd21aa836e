using System.Net;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Targets;

namespace VpnBot.Diagnostics.Probes.Pptp;

/// <summary>
/// The run's one PPTP control connection, as a client opens it: Start-Control-Connection-Request and its
/// reply, then the connection stays open for <c>gre.path</c> to place its test call on (RFC 2637 §2.7),
/// the way a client does. Some servers take one control connection per client address at a time, and a
/// dead server is dialled only once. Whoever does not take the connection over leaves it to the goodbye
/// here: Stop-Control-Connection-Request (§2.3), then close.
/// </summary>
public sealed class PptpControlExchange : IAsyncDisposable
{
    private readonly TimeSpan _goodbye;
    private readonly TimeProvider _time;
    private PptpControlChannel? _channel;

    internal PptpControlExchange(PptpHandshake handshake, IPEndPoint endpoint, IReadOnlyDictionary<string, string> evidence, TimeSpan goodbye, TimeProvider time)
    {
        Handshake = handshake;
        Endpoint = endpoint;
        Evidence = evidence;
        _goodbye = goodbye;
        _time = time;
        _channel = handshake.Channel;
    }

    public PptpHandshake Handshake { get; }

    public IPEndPoint Endpoint { get; }

    /// <summary>What <c>pptp.control</c> reports (see <see cref="PptpEvidence"/>).</summary>
    public IReadOnlyDictionary<string, string> Evidence { get; }

    /// <summary>The open control connection for the caller that continues on it; later callers get null.</summary>
    public PptpControlChannel? TakeChannel() => Interlocked.Exchange(ref _channel, null);

    /// <summary>Says goodbye now on a connection nobody took over.</summary>
    public async Task<string?> ReleaseAsync(CancellationToken cancellationToken)
    {
        var channel = TakeChannel();
        return channel is null ? null : await PptpGoodbye.SayAsync(channel, _goodbye, _time, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await ReleaseAsync(CancellationToken.None).ConfigureAwait(false);
        Handshake.Dispose();
    }
}

public static class PptpControlExchanges
{
    private const string SharedKey = "probes.pptp-control";

    /// <summary>The run's control exchange, opened once; null when the server name did not resolve.</summary>
    public static Task<PptpControlExchange?> GetPptpControlAsync(this CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.GetSharedAsync(SharedKey, OpenAsync, cancellationToken);
    }

    private static async Task<PptpControlExchange?> OpenAsync(CheckContext context, CancellationToken cancellationToken)
    {
        var target = context.Target;
        var server = await context.GetServerAddressAsync(cancellationToken).ConfigureAwait(false);
        if (server.Address is null)
        {
            return null;
        }

        var endpoint = new IPEndPoint(server.Address, target.Ports.Pptp);
        var budget = ProbeBudget.Of(context.Remaining);
        var handshake = await PptpHandshake.RunAsync(endpoint, budget.Work, context.Time, cancellationToken).ConfigureAwait(false);
        var evidence = PptpEvidence.Of(handshake, endpoint, context.Elapsed);
        return new PptpControlExchange(handshake, endpoint, evidence, budget.Goodbye, context.Time);
    }
}
