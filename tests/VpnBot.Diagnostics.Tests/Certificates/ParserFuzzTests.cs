using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using VpnBot.Diagnostics.Certificates.Chain;
using VpnBot.Diagnostics.Certificates.Eku;
using VpnBot.Diagnostics.Certificates.Name;
using VpnBot.Diagnostics.Certificates.Revocation;
using VpnBot.Diagnostics.Certificates.Source;
using VpnBot.Diagnostics.Checks;

namespace VpnBot.Diagnostics.Tests.Certificates;

/// <summary>
/// What comes off the network must never crash a check: CRL bodies and certificate extensions are fed
/// random bytes and mutations of real encodings (fixed seeds, so a failure reproduces).
/// </summary>
public sealed class ParserFuzzTests
{
    private static readonly DateTimeOffset Now = new(2030, 6, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly TestPki Pki = TestPki.Create(Now);

    [Fact]
    public void CrlReader_RandomBytes_NeverThrows()
    {
        var random = new Random(5280);
        var parsed = 0;
        for (var i = 0; i < 5000; i++)
        {
            var bytes = new byte[random.Next(0, 600)];
            random.NextBytes(bytes);
            if (i % 3 == 0 && bytes.Length > 4)
            {
                // Start like a DER SEQUENCE so the reader goes past its first byte.
                bytes[0] = 0x30;
                bytes[1] = 0x82;
            }

            parsed += CrlReader.Read(bytes).Crl is null ? 0 : 1;
        }

        Assert.Equal(0, parsed);
    }

    [Fact]
    public void CrlReader_MutatedRealCrls_NeverThrows()
    {
        var seeds = CrlSeeds();
        var counts = Fuzz.Mutations(seeds, 20000, seed: 5, bytes =>
        {
            var result = CrlReader.Read(bytes);
            Assert.True(result.Crl is not null ^ result.Problem is not null);
            return result.Crl is not null;
        });

        // Both sides are reached: some mutations still parse (say, inside the signature), most do not.
        Assert.InRange(counts.Accepted, 1, counts.Total - 1);
    }

    [Fact]
    public void ReadDistributionPoints_MutatedRealExtensions_NeverThrows()
    {
        var seed = CertificateRevocationListBuilder.BuildCrlDistributionPointExtension(
            ["http://pki.example.local/ca.crl", "ldap:///CN=ca,CN=CDP,DC=example,DC=local?certificateRevocationList"]).RawData;
        Assert.Equal(2, RevocationLocations.ReadDistributionPoints(seed)!.Count);

        var counts = Fuzz.Mutations([seed], 20000, seed: 13, bytes => RevocationLocations.ReadDistributionPoints(bytes) is not null);

        Assert.InRange(counts.Accepted, 1, counts.Total - 1);
    }

    [Fact]
    public void CertificateReaders_CertificatesWithMutatedExtensions_NeverThrow()
    {
        var leaf = Pki.Leaf(new LeafSpec { CrlUrls = ["http://pki.example.local/ca.crl"], OcspUrls = ["http://ocsp.example.local"] });
        var extensions = leaf.Extensions.Cast<X509Extension>()
            .Where(e => e.Oid?.Value is "2.5.29.17" or "2.5.29.37" or "2.5.29.15" or "2.5.29.31" or "1.3.6.1.5.5.7.1.1")
            .ToList();
        Assert.Equal(5, extensions.Count);
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var target = CertificateTestRun.ForFile(leaf);
        var random = new Random(6125);
        var signer = X509SignatureGenerator.CreateForECDsa(Pki.Intermediate.GetECDsaPrivateKey()!);

        for (var i = 0; i < 600; i++)
        {
            var victim = extensions[i % extensions.Count];
            var request = new CertificateRequest($"CN={TestPki.Fqdn}", key, HashAlgorithmName.SHA256);
            foreach (var extension in extensions)
            {
                var raw = extension == victim ? Fuzz.Mutate(extension.RawData, random) : extension.RawData;
                request.CertificateExtensions.Add(new X509Extension(extension.Oid!, raw, critical: false));
            }

            // Signed by the test CA without attaching a key: attaching one would parse Key Usage here first.
            using var certificate = request.Create(Pki.Intermediate.SubjectName, signer, Now.AddDays(-1), Now.AddDays(30), [0x42, (byte)(i >> 8), (byte)i]);
            var source = new ServerCertificate(CertificateOrigin.File, certificate, [], [new("source", "file")], []);

            _ = PresentedNames.Of(certificate);
            _ = KeyPurposes.Of(certificate);
            _ = RevocationLocations.Of(certificate);
            Assert.NotNull(CertificateNameCheck.Evaluate(source, "f", target));
            Assert.NotNull(CertificateEkuCheck.Evaluate(source, "f", target));
            Assert.NotNull(CertificateChainCheck.Evaluate(source, "f", [Pki.Root], [], Now));
        }
    }

    /// <summary>Real CRLs as CAs issue them: empty and with entries, DER and PEM, plus the v1 form.</summary>
    internal static List<byte[]> CrlSeeds()
    {
        var withEntries = TestPki.Crl(Pki.Intermediate, Now, Now.AddDays(7), Pki.Leaf(), Pki.Leaf(), Pki.Leaf());
        var seeds = new List<byte[]>
        {
            TestPki.Crl(Pki.Intermediate, Now, Now.AddDays(7)),
            withEntries,
            Encoding.ASCII.GetBytes(PemEncoding.WriteString("X509 CRL", withEntries)),
        };
        Assert.All(seeds, seed => Assert.NotNull(CrlReader.Read(seed).Crl));
        return seeds;
    }
}

/// <summary>Deterministic byte mutations of real encodings.</summary>
internal static class Fuzz
{
    public static (int Total, int Accepted) Mutations(IReadOnlyList<byte[]> seeds, int cases, int seed, Func<byte[], bool> run)
    {
        var random = new Random(seed);
        var accepted = 0;
        for (var i = 0; i < cases; i++)
        {
            var bytes = seeds[i % seeds.Count];
            var rounds = 1 + random.Next(3);
            for (var r = 0; r < rounds; r++)
            {
                bytes = Mutate(bytes, random);
            }

            accepted += run(bytes) ? 1 : 0;
        }

        return (cases, accepted);
    }

    public static byte[] Mutate(byte[] input, Random random)
    {
        if (input.Length == 0)
        {
            return [(byte)random.Next(256)];
        }

        var bytes = input.ToList();
        var at = random.Next(bytes.Count);
        switch (random.Next(7))
        {
            case 0:
                bytes[at] ^= (byte)(1 << random.Next(8));
                break;
            case 1:
                bytes[at] = (byte)random.Next(256);
                break;
            case 2:
                bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + random.Next(8)));
                break;
            case 3:
                bytes.InsertRange(at, Enumerable.Range(0, 1 + random.Next(8)).Select(_ => (byte)random.Next(256)));
                break;
            case 4:
                bytes.RemoveRange(at, bytes.Count - at);
                break;
            case 5:
                // Lengths are where DER readers break: try the long forms and the extremes.
                bytes[at] = new byte[] { 0x00, 0x7F, 0x80, 0x81, 0x82, 0x84, 0xFF }[random.Next(7)];
                break;
            default:
                var length = Math.Min(bytes.Count - at, 1 + random.Next(16));
                bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(at, length));
                break;
        }

        return [.. bytes];
    }
}
