using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using static VpnBot.Diagnostics.Certificates.CertificateUnits;

namespace VpnBot.Diagnostics.Certificates.Revocation;

/// <summary>How one revocation location fared: a <see cref="LocationResult"/> token and its details.</summary>
/// <param name="Tested">False when the location was not fetched (another scheme, over the limit).</param>
internal sealed record LocationProbeResult(string Url, string Token, string Detail, bool Tested = true);

/// <summary>
/// Tries one revocation location as a client would: an http:// CRL must download, parse, come from the
/// certificate's issuer, be current and not list the certificate; an http:// OCSP responder must answer HTTP.
/// Other schemes are not fetched.
/// </summary>
internal sealed class LocationProbe(RevocationFetcher fetcher)
{
    private readonly RevocationFetcher _fetcher = fetcher;

    public async Task<LocationProbeResult> RunAsync(
        string url, bool crl, X509Certificate2 leaf, DateTimeOffset now,
        TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return new LocationProbeResult(url, LocationResult.NotTested, "not a URL", Tested: false);
        }

        if (!string.Equals(uri.Scheme, Uri.UriSchemeHttp, StringComparison.OrdinalIgnoreCase))
        {
            return new LocationProbeResult(url, LocationResult.NotTested, uri.Scheme, Tested: false);
        }

        var fetch = await _fetcher.GetAsync(uri, timeout, time, cancellationToken).ConfigureAwait(false);
        var ms = Ms(fetch.Elapsed);
        var transport = fetch.Outcome switch
        {
            HttpFetchOutcome.Answered => null,
            HttpFetchOutcome.NoAnswer => new LocationProbeResult(url, LocationResult.NoAnswer, $"within {Ms(timeout)} ms"),
            HttpFetchOutcome.NameNotResolved => new LocationProbeResult(url, LocationResult.NameNotResolved, string.Empty),
            HttpFetchOutcome.Refused => new LocationProbeResult(url, LocationResult.Refused, string.Empty),
            HttpFetchOutcome.Unreachable => new LocationProbeResult(url, LocationResult.Unreachable, string.Empty),
            HttpFetchOutcome.TooLarge => new LocationProbeResult(url, LocationResult.TooLarge, $"over {RevocationFetcher.MaxBodyBytes} bytes"),
            HttpFetchOutcome.BadRedirect => new LocationProbeResult(url, LocationResult.BadRedirect, $"to {fetch.Detail}"),
            _ => new LocationProbeResult(url, LocationResult.Failed, fetch.Detail ?? string.Empty),
        };
        if (transport is not null)
        {
            return transport;
        }

        var status = fetch.StatusCode.ToString(CultureInfo.InvariantCulture);
        if (!crl)
        {
            // An OCSP responder answers a bare GET with an error status; that it answers at all is the point.
            return new LocationProbeResult(url, LocationResult.Ok, $"http {status}, {ms} ms");
        }

        if (fetch.StatusCode is < 200 or > 299)
        {
            return new LocationProbeResult(url, LocationResult.HttpError, status);
        }

        var read = CrlReader.Read(fetch.Body);
        if (read.Crl is not { } list)
        {
            return new LocationProbeResult(url, LocationResult.NotACrl, $"{read.Problem}, {fetch.Body.Length} bytes");
        }

        var dates = $"thisUpdate={CertificateFacts.Iso(list.ThisUpdate)} nextUpdate={(list.NextUpdate is { } next ? CertificateFacts.Iso(next) : "(none)")}";
        var issuerMatches = list.IssuerRaw.Span.SequenceEqual(leaf.IssuerName.RawData)
            || string.Equals(list.Issuer, leaf.Issuer, StringComparison.OrdinalIgnoreCase);
        if (!issuerMatches)
        {
            return new LocationProbeResult(url, LocationResult.WrongIssuer, $"issuer={list.Issuer}");
        }

        if (list.RevokedSerials.Contains(Convert.ToHexString(leaf.SerialNumberBytes.Span)))
        {
            return new LocationProbeResult(url, LocationResult.Revoked, dates);
        }

        if (now < list.ThisUpdate)
        {
            return new LocationProbeResult(url, LocationResult.NotYetValid, dates);
        }

        return list.NextUpdate is { } due && now > due
            ? new LocationProbeResult(url, LocationResult.Expired, dates)
            : new LocationProbeResult(url, LocationResult.Ok, $"{dates} entries={list.RevokedSerials.Count}, {ms} ms");
    }
}
