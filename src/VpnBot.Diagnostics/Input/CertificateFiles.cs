using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using VpnBot.Diagnostics.Checks;

namespace VpnBot.Diagnostics.Input;

/// <summary>Reads certificates from PEM (or DER) files given on the command line or in configuration.</summary>
public static class CertificateFiles
{
    private const long MaxFileBytes = 1024 * 1024;

    /// <summary>Every certificate in the file, in file order.</summary>
    public static Parsed<IReadOnlyList<X509Certificate2>> ReadAll(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return Parsed<IReadOnlyList<X509Certificate2>>.Failure(nameof(InputText.ExpectedPemFile));
        }

        try
        {
            var info = new FileInfo(path);
            if (!info.Exists || info.Length is 0 or > MaxFileBytes)
            {
                return Parsed<IReadOnlyList<X509Certificate2>>.Failure(nameof(InputText.ExpectedPemFile));
            }

            var bytes = File.ReadAllBytes(path);
            var collection = new X509Certificate2Collection();
            if (LooksLikePem(bytes))
            {
                collection.ImportFromPem(System.Text.Encoding.ASCII.GetString(bytes));
            }
            else
            {
                collection.Add(X509CertificateLoader.LoadCertificate(bytes));
            }

            return collection.Count == 0
                ? Parsed<IReadOnlyList<X509Certificate2>>.Failure(nameof(InputText.ExpectedPemFile))
                : Parsed<IReadOnlyList<X509Certificate2>>.Success([.. collection]);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or CryptographicException or ArgumentException or NotSupportedException)
        {
            return Parsed<IReadOnlyList<X509Certificate2>>.Failure(nameof(InputText.ExpectedPemFile));
        }
    }

    /// <summary>The server certificate to check: the first certificate in the file, the rest as intermediates.</summary>
    public static Parsed<CertificateFile> ReadServerCertificate(string? path)
    {
        var all = ReadAll(path);
        return all.Ok
            ? Parsed<CertificateFile>.Success(new CertificateFile(path!, all.Value[0], [.. all.Value.Skip(1)]))
            : Parsed<CertificateFile>.Failure(all.Expected);
    }

    private static bool LooksLikePem(byte[] bytes) =>
        System.Text.Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 4096)).Contains("-----BEGIN", StringComparison.Ordinal);
}
