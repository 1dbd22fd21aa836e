using System.Net;
using System.Net.Sockets;

namespace VpnBot.Diagnostics.Certificates.Revocation;

/// <summary>
/// Fetches CRLs and pokes OCSP responders over plain HTTP, as a Windows client would to check revocation.
/// One <see cref="HttpClient"/> for the process; every fetch is bounded by its own timeout on the run's
/// clock. Redirects are followed by hand, only to the same scheme and at most <see cref="MaxRedirects"/> times,
/// because a client that fetched http:// will not follow a redirect to ldap:// or file://.
/// </summary>
public sealed class RevocationFetcher : IDisposable
{
    /// <summary>Largest body read: far above an enterprise CA's CRL, small enough for a check's budget.</summary>
    public const int MaxBodyBytes = 16 * 1024 * 1024;

    private const int MaxRedirects = 3;
    private readonly HttpClient _client;

    public RevocationFetcher()
        : this(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        })
    {
    }

    internal RevocationFetcher(HttpMessageHandler handler) =>
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan, MaxResponseContentBufferSize = MaxBodyBytes };

    internal async Task<HttpFetch> GetAsync(Uri url, TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var started = time.GetTimestamp();
        using var timeoutCts = new CancellationTokenSource(timeout > TimeSpan.Zero ? timeout : TimeSpan.FromTicks(1), time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutCts.Token);
        try
        {
            var current = url;
            for (var hop = 0; ; hop++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
                var status = (int)response.StatusCode;
                if (status is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    var next = location.IsAbsoluteUri ? location : new Uri(current, location);
                    if (hop >= MaxRedirects || !string.Equals(next.Scheme, url.Scheme, StringComparison.OrdinalIgnoreCase))
                    {
                        return Result(HttpFetchOutcome.BadRedirect, status, [], next.ToString());
                    }

                    current = next;
                    continue;
                }

                if (response.Content.Headers.ContentLength > MaxBodyBytes)
                {
                    return Result(HttpFetchOutcome.TooLarge, status, [], null);
                }

                var body = await ReadBodyAsync(response.Content, linked.Token).ConfigureAwait(false);
                return body is null
                    ? Result(HttpFetchOutcome.TooLarge, status, [], null)
                    : Result(HttpFetchOutcome.Answered, status, body, null);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Result(HttpFetchOutcome.NoAnswer, 0, [], null);
        }
        catch (HttpRequestException ex)
        {
            var socketError = (ex.InnerException as SocketException)?.SocketErrorCode;
            var outcome = ex.HttpRequestError switch
            {
                HttpRequestError.NameResolutionError => HttpFetchOutcome.NameNotResolved,
                _ when socketError is SocketError.ConnectionRefused => HttpFetchOutcome.Refused,
                _ when socketError is SocketError.NetworkUnreachable or SocketError.HostUnreachable => HttpFetchOutcome.Unreachable,
                _ => HttpFetchOutcome.Failed,
            };
            return Result(outcome, 0, [], ex.HttpRequestError.ToString());
        }
        catch (IOException ex)
        {
            return Result(HttpFetchOutcome.Failed, 0, [], ex.GetType().Name);
        }

        HttpFetch Result(HttpFetchOutcome outcome, int status, byte[] body, string? detail) =>
            new(outcome, status, body, detail, time.GetElapsedTime(started));
    }

    public void Dispose() => _client.Dispose();

    /// <summary>The body, or null when it grows past <see cref="MaxBodyBytes"/> (a missing Content-Length does not excuse it).</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > MaxBodyBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
    }
}
