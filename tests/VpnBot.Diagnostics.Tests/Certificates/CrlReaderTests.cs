using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using VpnBot.Diagnostics.Certificates.Revocation;

namespace VpnBot.Diagnostics.Tests.Certificates;

public sealed class CrlReaderTests
{
    private static readonly DateTimeOffset Now = new(2030, 6, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly TestPki Pki = TestPki.Create(Now);

    [Fact]
    public void Read_CrlFromACa_ReadsIssuerDatesAndRevokedSerials()
    {
        var revoked = Pki.Leaf();
        var der = TestPki.Crl(Pki.Intermediate, Now, Now.AddDays(7), revoked, Pki.Leaf());

        var result = CrlReader.Read(der);

        var crl = Assert.IsType<CrlInfo>(result.Crl);
        Assert.Null(result.Problem);
        Assert.Equal(Pki.Intermediate.Subject, crl.Issuer);
        Assert.Equal(Pki.Intermediate.SubjectName.RawData, crl.IssuerRaw.ToArray());
        Assert.Equal(Now, crl.ThisUpdate);
        Assert.Equal(Now.AddDays(7), crl.NextUpdate);
        Assert.Equal(2, crl.RevokedSerials.Count);
        Assert.Contains(revoked.SerialNumber, crl.RevokedSerials);
    }

    [Fact]
    public void Read_PemCrlWithLeadingWhitespace_ReadsTheSame()
    {
        var der = TestPki.Crl(Pki.Intermediate, Now, Now.AddDays(7));
        var pem = Encoding.ASCII.GetBytes("\r\n  " + PemEncoding.WriteString("X509 CRL", der));

        Assert.Equal(CrlReader.Read(der).Crl!.ThisUpdate, CrlReader.Read(pem).Crl!.ThisUpdate);
    }

    [Fact]
    public void Read_Version1WithoutNextUpdateAndGeneralizedTime_ReadsWithoutNextUpdate()
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            using (writer.PushSequence())
            {
                WriteAlgorithm(writer);
                writer.WriteEncodedValue(Pki.Root.SubjectName.RawData);
                writer.WriteGeneralizedTime(new DateTimeOffset(2055, 1, 2, 3, 4, 5, TimeSpan.Zero));
            }

            WriteAlgorithm(writer);
            writer.WriteBitString([0x00]);
        }

        var crl = CrlReader.Read(writer.Encode()).Crl;

        Assert.NotNull(crl);
        Assert.Null(crl.NextUpdate);
        Assert.Equal(2055, crl.ThisUpdate.Year);
        Assert.Empty(crl.RevokedSerials);
    }

    [Fact]
    public void Read_UtcTimeBefore1950Pivot_IsTwentiethCentury()
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            using (writer.PushSequence())
            {
                WriteAlgorithm(writer);
                writer.WriteEncodedValue(Pki.Root.SubjectName.RawData);
                writer.WriteUtcTime(new DateTimeOffset(1999, 12, 31, 0, 0, 0, TimeSpan.Zero));
                writer.WriteUtcTime(new DateTimeOffset(2049, 12, 31, 0, 0, 0, TimeSpan.Zero));
            }

            WriteAlgorithm(writer);
            writer.WriteBitString([0x00]);
        }

        var crl = CrlReader.Read(writer.Encode()).Crl!;

        Assert.Equal(1999, crl.ThisUpdate.Year);
        Assert.Equal(2049, crl.NextUpdate!.Value.Year);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html><body>Sign in</body></html>")]
    [InlineData("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")]
    [InlineData("-----BEGIN X509 CRL-----\n!!!!\n-----END X509 CRL-----\n")]
    public void Read_NotACrl_NamesTheProblem(string body)
    {
        var result = CrlReader.Read(Encoding.ASCII.GetBytes(body));

        Assert.Null(result.Crl);
        Assert.False(string.IsNullOrEmpty(result.Problem));
    }

    [Fact]
    public void Read_ACertificateInsteadOfACrl_IsNotACrl() =>
        Assert.Null(CrlReader.Read(Pki.Root.RawData).Crl);

    [Fact]
    public void Read_TrailingBytesAfterTheCrl_IsNotACrl()
    {
        var der = TestPki.Crl(Pki.Intermediate, Now, Now.AddDays(7));

        Assert.Null(CrlReader.Read([.. der, 0x00]).Crl);
    }

    private static void WriteAlgorithm(AsnWriter writer)
    {
        using (writer.PushSequence())
        {
            writer.WriteObjectIdentifier("1.2.840.10045.4.3.2");  // ecdsa-with-SHA256, RFC 5758 §3.2
        }
    }
}
