namespace VpnBot.Diagnostics.Certificates.Revocation;

/// <summary>The parts of a CRL (RFC 5280 §5.1) that say whether a client can use it and whether it revokes the server.</summary>
/// <param name="Issuer">The CRL issuer's distinguished name as text.</param>
/// <param name="IssuerRaw">The issuer name as encoded, for an exact comparison with the certificate's issuer.</param>
/// <param name="ThisUpdate">When the CRL was issued.</param>
/// <param name="NextUpdate">When the next CRL is due; clients treat the CRL as stale after it. Null when absent.</param>
/// <param name="RevokedSerials">Serial numbers listed as revoked, upper-case hex as encoded.</param>
internal sealed record CrlInfo(string Issuer, ReadOnlyMemory<byte> IssuerRaw, DateTimeOffset ThisUpdate, DateTimeOffset? NextUpdate, IReadOnlySet<string> RevokedSerials);

/// <summary>A CRL, or why the bytes are not one.</summary>
internal sealed record CrlReadResult(CrlInfo? Crl, string? Problem)
{
    public static CrlReadResult Fail(string problem) => new(null, problem);
}
