using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace VpnBot.Diagnostics.Certificates.Revocation;

/// <summary>
/// Reads a downloaded CRL far enough to judge it: issuer, thisUpdate, nextUpdate and the revoked serials
/// (RFC 5280 §5.1). Accepts DER, as RFC 5280 §4.2.1.13 requires of HTTP distribution points, and PEM,
/// which some servers publish. Never throws: anything else is a result with the problem named.
/// </summary>
internal static class CrlReader
{
    private const string PemLabel = "X509 CRL";
    private static readonly Asn1Tag Context0 = new(TagClass.ContextSpecific, 0, isConstructed: true);

    public static CrlReadResult Read(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return CrlReadResult.Fail("empty");
        }

        var der = body.ToArray();
        var start = body.IndexOfAnyExcept(" \t\r\n"u8);
        if (start >= 0 && body[start] == (byte)'-')
        {
            var text = Encoding.ASCII.GetString(body);
            if (!PemEncoding.TryFind(text, out var fields) || !text[fields.Label].Equals(PemLabel, StringComparison.Ordinal))
            {
                return CrlReadResult.Fail("not a PEM CRL");
            }

            der = new byte[fields.DecodedDataLength];
            if (!Convert.TryFromBase64Chars(text.AsSpan()[fields.Base64Data], der, out _))
            {
                return CrlReadResult.Fail("bad PEM base64");
            }
        }

        try
        {
            return ReadDer(der);
        }
        catch (Exception ex) when (ex is AsnContentException or CryptographicException or ArgumentException or OverflowException)
        {
            return CrlReadResult.Fail("not a DER CRL");
        }
    }

    private static CrlReadResult ReadDer(byte[] der)
    {
        var reader = new AsnReader(der, AsnEncodingRules.DER);
        var certificateList = reader.ReadSequence();
        reader.ThrowIfNotEmpty();

        var tbs = certificateList.ReadSequence();
        certificateList.ReadSequence();  // signatureAlgorithm
        certificateList.ReadBitString(out _);  // signatureValue
        certificateList.ThrowIfNotEmpty();

        if (tbs.PeekTag().HasSameClassAndValue(Asn1Tag.Integer))
        {
            // version: v2 (1) is the only value RFC 5280 §5.1.2.1 defines; absent means v1.
            if (!tbs.TryReadInt32(out var version) || version != 1)
            {
                return CrlReadResult.Fail("unknown CRL version");
            }
        }

        tbs.ReadSequence();  // signature AlgorithmIdentifier
        var issuerRaw = tbs.ReadEncodedValue();
        var issuer = new X500DistinguishedName(issuerRaw.Span).Name;
        var thisUpdate = ReadTime(tbs);
        DateTimeOffset? nextUpdate = tbs.HasData && IsTime(tbs.PeekTag()) ? ReadTime(tbs) : null;

        var revoked = new HashSet<string>(StringComparer.Ordinal);
        if (tbs.HasData && tbs.PeekTag().HasSameClassAndValue(Asn1Tag.Sequence))
        {
            var entries = tbs.ReadSequence();
            while (entries.HasData)
            {
                var entry = entries.ReadSequence();
                revoked.Add(Convert.ToHexString(entry.ReadIntegerBytes().Span));
                ReadTime(entry);  // revocationDate
                if (entry.HasData)
                {
                    entry.ReadSequence();  // crlEntryExtensions
                }

                entry.ThrowIfNotEmpty();
            }
        }

        if (tbs.HasData)
        {
            tbs.ReadSequence(Context0);  // crlExtensions [0] EXPLICIT
        }

        tbs.ThrowIfNotEmpty();
        return new CrlReadResult(new CrlInfo(issuer, issuerRaw, thisUpdate, nextUpdate, revoked), null);
    }

    private static bool IsTime(Asn1Tag tag) =>
        tag.HasSameClassAndValue(Asn1Tag.UtcTime) || tag.HasSameClassAndValue(Asn1Tag.GeneralizedTime);

    /// <summary>Time ::= CHOICE { utcTime, generalTime } (RFC 5280 §5.1.2.4); UTCTime years 50–99 are 19xx.</summary>
    private static DateTimeOffset ReadTime(AsnReader reader) =>
        reader.PeekTag().HasSameClassAndValue(Asn1Tag.UtcTime)
            ? reader.ReadUtcTime(twoDigitYearMax: 2049)
            : reader.ReadGeneralizedTime();
}
