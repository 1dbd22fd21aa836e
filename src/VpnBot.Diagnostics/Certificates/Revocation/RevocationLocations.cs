using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace VpnBot.Diagnostics.Certificates.Revocation;

/// <summary>Where a certificate says its revocation status is published.</summary>
/// <param name="CrlUrls">URIs of the CRL Distribution Points extension (RFC 5280 §4.2.1.13), in certificate order.</param>
/// <param name="OcspUrls">OCSP responder URIs from Authority Information Access (RFC 5280 §4.2.2.1).</param>
/// <param name="Unreadable">True when one of the two extensions is present but does not decode.</param>
internal sealed record RevocationLocations(IReadOnlyList<string> CrlUrls, IReadOnlyList<string> OcspUrls, bool Unreadable)
{
    private static readonly Asn1Tag Context0 = new(TagClass.ContextSpecific, 0);
    private static readonly Asn1Tag UniformResourceIdentifier = new(TagClass.ContextSpecific, 6);

    public bool Any => CrlUrls.Count > 0 || OcspUrls.Count > 0;

    public static RevocationLocations Of(X509Certificate2 certificate)
    {
        var unreadable = false;
        IReadOnlyList<string> crl = [];
        if (certificate.Extension(Oids.CrlDistributionPoints) is { } cdp)
        {
            var parsed = ReadDistributionPoints(cdp.RawData);
            unreadable |= parsed is null;
            crl = parsed ?? [];
        }

        IReadOnlyList<string> ocsp = [];
        if (certificate.Extension(Oids.AuthorityInformationAccess) is { } aia)
        {
            try
            {
                ocsp = [.. new X509AuthorityInformationAccessExtension(aia.RawData, aia.Critical).EnumerateOcspUris()];
            }
            catch (CryptographicException)
            {
                unreadable = true;
            }
        }

        return new RevocationLocations(crl, ocsp, unreadable);
    }

    /// <summary>
    /// The URIs in a cRLDistributionPoints value: each DistributionPoint's fullName GeneralNames, keeping
    /// uniformResourceIdentifier [6] entries. Null when the value is not well-formed DER.
    /// </summary>
    internal static List<string>? ReadDistributionPoints(ReadOnlyMemory<byte> value)
    {
        try
        {
            var urls = new List<string>();
            var reader = new AsnReader(value, AsnEncodingRules.DER);
            var points = reader.ReadSequence();
            reader.ThrowIfNotEmpty();
            while (points.HasData)
            {
                var point = points.ReadSequence();
                if (!point.HasData || !point.PeekTag().HasSameClassAndValue(Context0))
                {
                    continue;
                }

                // distributionPoint [0] DistributionPointName, a CHOICE and so explicitly tagged; fullName is its [0].
                var name = point.ReadSequence(Context0);
                if (!name.HasData || !name.PeekTag().HasSameClassAndValue(Context0))
                {
                    continue;
                }

                var generalNames = name.ReadSequence(Context0);
                while (generalNames.HasData)
                {
                    if (generalNames.PeekTag().HasSameClassAndValue(UniformResourceIdentifier))
                    {
                        urls.Add(generalNames.ReadCharacterString(UniversalTagNumber.IA5String, UniformResourceIdentifier));
                    }
                    else
                    {
                        generalNames.ReadEncodedValue();
                    }
                }
            }

            return urls;
        }
        catch (AsnContentException)
        {
            return null;
        }
    }
}
