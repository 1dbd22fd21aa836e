using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using VpnBot.Lab.Processes;

namespace VpnBot.Lab.Certificates;

/// <summary>
/// The lab's PKI, minted with the openssl CLI at every start (EC P-256 keys: a second faster than RSA): the lab CA
/// (a root), an issuing CA under it, an untrusted root, one server key, one certificate per TLS scenario, and
/// every CA's CRL in DER under <see cref="CrlDirectory"/> — the lab CA's listing the revoked certificate, plus an
/// out-of-date one at the stale distribution point.
/// </summary>
internal sealed class LabCertificates
{
    /// <summary>How long a published CRL is current (AD CS publishes a base CRL for a week by default).</summary>
    private const int CrlDays = 7;

    /// <summary>The stale CRL: issued ten days ago, due three days ago.</summary>
    private static readonly (TimeSpan LastUpdate, TimeSpan NextUpdate) Stale = (TimeSpan.FromDays(-10), TimeSpan.FromDays(-3));

    private LabCertificates(string directory, IReadOnlyDictionary<string, MintedCertificate> certificates, DateTimeOffset now)
    {
        Directory = directory;
        Certificates = certificates;
        StaleCrlThisUpdate = now + Stale.LastUpdate;
        StaleCrlNextUpdate = now + Stale.NextUpdate;
    }

    public string Directory { get; }

    public string CaFile => CertificateOf(LabCa.Root);

    public string IssuingCaFile => CertificateOf(LabCa.Issuing);

    public string UntrustedCaFile => CertificateOf(LabCa.Untrusted);

    /// <summary>The one key every server certificate certifies.</summary>
    public string KeyFile => Path.Combine(Directory, "server.key");

    /// <summary>The CRL server's document root: <c>ca.crl</c>, <c>issuing-ca.crl</c>, <c>untrusted-ca.crl</c>, <c>stale/ca.crl</c>.</summary>
    public string CrlDirectory => Path.Combine(Directory, "www");

    public IReadOnlyDictionary<string, MintedCertificate> Certificates { get; }

    /// <summary>When the lab CA's out-of-date CRL says it was issued.</summary>
    public DateTimeOffset StaleCrlThisUpdate { get; }

    /// <summary>When the lab CA's out-of-date CRL says the next one was due (in the past).</summary>
    public DateTimeOffset StaleCrlNextUpdate { get; }

    public MintedCertificate this[string name] => Certificates[name];

    public string CertificateOf(LabCa ca) => Path.Combine(Directory, ca.Stem + ".pem");

    public string KeyOf(LabCa ca) => Path.Combine(Directory, ca.Stem + ".key");

    /// <summary>Everything <paramref name="ca"/> issued, with the revoked marked: its OCSP responder's <c>-index</c>.</summary>
    public string IndexOf(LabCa ca) => OpenSslCaConf.Database(Directory, OpenSslCaConf.CrlSection(ca));

    public static IReadOnlyList<CertificateProfile> Profiles(string vpnName, string wrongName, PublicationPoints points)
    {
        string[] both = [CertificateProfile.ServerAuth, CertificateProfile.IkeIntermediate];
        var day = TimeSpan.FromDays(1);
        var root = points.Of(LabCa.Root);
        return
        [
            new("good", LabCa.Root, vpnName, [vpnName], both, -day, 365 * day, root),
            new("expired", LabCa.Root, vpnName, [vpnName], both, -400 * day, -30 * day, root),
            new("expiring-soon", LabCa.Root, vpnName, [vpnName], both, -358 * day, 7 * day, root),
            new("wrong-name", LabCa.Root, wrongName, [wrongName], both, -day, 365 * day, root),
            new("no-ike-eku", LabCa.Root, vpnName, [vpnName], [CertificateProfile.ServerAuth], -day, 365 * day, root),
            new("untrusted", LabCa.Untrusted, vpnName, [vpnName], both, -day, 365 * day, points.Of(LabCa.Untrusted)),
            new("revoked", LabCa.Root, vpnName, [vpnName], both, -day, 365 * day, root, Revoked: true),
            new("stale-crl", LabCa.Root, vpnName, [vpnName], both, -day, 365 * day, new([points.StaleCrlUrl], [])),
            new("revocation-offline", LabCa.Root, vpnName, [vpnName], both, -day, 365 * day, new([points.OfflineCrlUrl], [points.OfflineOcspUrl])),
            new("issued-by-intermediate", LabCa.Issuing, vpnName, [vpnName], both, -day, 365 * day, points.Of(LabCa.Issuing)),
        ];
    }

    public static async Task<LabCertificates> MintAsync(
        string directory, IReadOnlyList<CertificateProfile> profiles, PublicationPoints points, DateTimeOffset now, CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(Path.Combine(directory, "issued"));
        System.IO.Directory.CreateDirectory(Path.Combine(directory, "www", PublicationPoints.StaleFolder));
        var configuration = Path.Combine(directory, "openssl.cnf");
        await File.WriteAllTextAsync(configuration, OpenSslCaConf.Render(directory, profiles, points), cancellationToken).ConfigureAwait(false);
        foreach (var section in profiles.Select(OpenSslCaConf.Section).Concat(LabCa.All.Select(OpenSslCaConf.SigningSection)))
        {
            await File.WriteAllTextAsync(OpenSslCaConf.Database(directory, section), string.Empty, cancellationToken).ConfigureAwait(false);
        }

        foreach (var ca in LabCa.All)
        {
            await File.WriteAllTextAsync(OpenSslCaConf.CrlNumber(directory, ca), "01\n", cancellationToken).ConfigureAwait(false);
        }

        now = new DateTimeOffset(now.UtcDateTime.Ticks - (now.UtcDateTime.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        var openssl = new OpenSsl(directory, configuration, cancellationToken);

        await Task.WhenAll([.. LabCa.All.Select(ca => openssl.RequestAsync(ca.Stem, ca.Subject)), openssl.RequestAsync("server", "/CN=server")])
            .ConfigureAwait(false);

        // The roots predate the issuing CA, which predates every leaf, so each validity nests inside its issuer's.
        var roots = LabCa.All.Where(ca => ca.IsRoot)
            .ToDictionary(ca => ca, ca => openssl.SelfSignAsync(ca, now.AddYears(-3), now.AddYears(10)));
        var issuing = SignCaAsync(LabCa.Issuing);
        var issuers = new Dictionary<LabCa, Task>(roots.Select(r => KeyValuePair.Create(r.Key, (Task)r.Value))) { [LabCa.Issuing] = issuing };

        var minted = await Task.WhenAll(profiles.Select(async profile =>
        {
            await issuers[profile.Issuer].ConfigureAwait(false);
            var file = Path.Combine(directory, profile.Name + ".pem");
            var (from, until) = (now + profile.ValidFrom, now + profile.ValidUntil);
            await openssl.SignAsync(profile, file, from, until).ConfigureAwait(false);
            using var issued = X509CertificateLoader.LoadCertificateFromFile(file);
            return new MintedCertificate(profile, file, $"CN={profile.CommonName}", issued.SerialNumber, from, until, Path.Combine(directory, profile.Issuer.Stem + ".pem"));
        })).ConfigureAwait(false);

        var certificates = new LabCertificates(directory, minted.ToDictionary(m => m.Profile.Name), now);
        await Task.WhenAll(LabCa.All.Select(ca => certificates.PublishAsync(ca, openssl, profiles, now))).ConfigureAwait(false);
        return certificates;

        async Task SignCaAsync(LabCa ca)
        {
            await roots[ca.SignedBy!].ConfigureAwait(false);
            await openssl.SignCaAsync(ca, now.AddYears(-2), now.AddYears(5)).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Gathers what <paramref name="ca"/> signed into its CRL database, revokes what is to be revoked, and publishes its CRL
    /// (and, for the lab CA, first the out-of-date one, issued before the revocation as a forgotten copy would be).
    /// </summary>
    private async Task PublishAsync(LabCa ca, OpenSsl openssl, IReadOnlyList<CertificateProfile> profiles, DateTimeOffset now)
    {
        var signed = profiles.Where(p => p.Issuer == ca).Select(OpenSslCaConf.Section)
            .Concat(LabCa.All.Where(c => c.SignedBy == ca).Select(OpenSslCaConf.SigningSection));
        var lines = new List<string>();
        foreach (var section in signed)
        {
            lines.AddRange(await File.ReadAllLinesAsync(OpenSslCaConf.Database(Directory, section), openssl.CancellationToken).ConfigureAwait(false));
        }

        await File.WriteAllLinesAsync(IndexOf(ca), lines, openssl.CancellationToken).ConfigureAwait(false);
        if (ca == LabCa.Root)
        {
            var stale = Path.Combine(Directory, "stale-" + ca.Stem + ".crl.pem");
            await openssl.GenerateCrlAsync(ca, stale, ["-crl_lastupdate", UtcTime(now + Stale.LastUpdate), "-crl_nextupdate", UtcTime(now + Stale.NextUpdate)])
                .ConfigureAwait(false);
            await WriteDerAsync(stale, Path.Combine(CrlDirectory, PublicationPoints.StaleFolder, ca.CrlFile), openssl.CancellationToken).ConfigureAwait(false);
        }

        foreach (var revoked in profiles.Where(p => p.Issuer == ca && p.Revoked))
        {
            await openssl.RevokeAsync(ca, Certificates[revoked.Name].CertificateFile).ConfigureAwait(false);
        }

        var current = Path.Combine(Directory, ca.Stem + ".crl.pem");
        await openssl.GenerateCrlAsync(ca, current, ["-crldays", CrlDays.ToString(CultureInfo.InvariantCulture)]).ConfigureAwait(false);
        await WriteDerAsync(current, Path.Combine(CrlDirectory, ca.CrlFile), openssl.CancellationToken).ConfigureAwait(false);
    }

    /// <summary>CRLs go out in DER, as RFC 5280 §4.2.1.13 requires of an HTTP distribution point; openssl ca writes PEM.</summary>
    private static async Task WriteDerAsync(string pem, string der, CancellationToken cancellationToken)
    {
        var text = await File.ReadAllTextAsync(pem, cancellationToken).ConfigureAwait(false);
        var fields = System.Security.Cryptography.PemEncoding.Find(text);
        await File.WriteAllBytesAsync(der, Convert.FromBase64String(text[fields.Base64Data]), cancellationToken).ConfigureAwait(false);
    }

    // ASN.1 UTCTime, as openssl ca takes it (RFC 5280 §4.1.2.5.1).
    private static string UtcTime(DateTimeOffset time) => time.UtcDateTime.ToString("yyMMddHHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>The openssl invocations, each checked, sharing the lab's configuration file.</summary>
    private sealed class OpenSsl(string directory, string configuration, CancellationToken cancellationToken)
    {
        public CancellationToken CancellationToken => cancellationToken;

        public Task RequestAsync(string stem, string subject) => RunAsync(
            $"Creating the {stem} key and request",
            "req", "-new", "-config", configuration, "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
            "-keyout", Path.Combine(directory, stem + ".key"), "-out", Path.Combine(directory, stem + ".csr"), "-subj", subject);

        public Task SelfSignAsync(LabCa ca, DateTimeOffset from, DateTimeOffset until) => RunAsync(
            $"Self-signing the {ca.Stem} certificate",
            "ca", "-batch", "-selfsign", "-config", configuration, "-name", OpenSslCaConf.SigningSection(ca), "-extensions", OpenSslCaConf.Extensions(ca),
            "-keyfile", Path.Combine(directory, ca.Stem + ".key"), "-in", Path.Combine(directory, ca.Stem + ".csr"),
            "-out", Path.Combine(directory, ca.Stem + ".pem"), "-startdate", UtcTime(from), "-enddate", UtcTime(until), "-notext");

        public Task SignCaAsync(LabCa ca, DateTimeOffset from, DateTimeOffset until) => RunAsync(
            $"Issuing the {ca.Stem} certificate",
            "ca", "-batch", "-config", configuration, "-name", OpenSslCaConf.SigningSection(ca), "-extensions", OpenSslCaConf.Extensions(ca),
            "-in", Path.Combine(directory, ca.Stem + ".csr"), "-out", Path.Combine(directory, ca.Stem + ".pem"),
            "-startdate", UtcTime(from), "-enddate", UtcTime(until), "-notext");

        public Task SignAsync(CertificateProfile profile, string file, DateTimeOffset from, DateTimeOffset until) => RunAsync(
            $"Issuing the {profile.Name} certificate",
            "ca", "-batch", "-config", configuration, "-name", OpenSslCaConf.Section(profile), "-extensions", OpenSslCaConf.Extensions(profile),
            "-in", Path.Combine(directory, "server.csr"), "-subj", $"/CN={profile.CommonName}", "-out", file,
            "-startdate", UtcTime(from), "-enddate", UtcTime(until), "-notext");

        // Superseded: the certificate was replaced, and the server still presents the old one.
        public Task RevokeAsync(LabCa ca, string file) => RunAsync(
            $"Revoking {Path.GetFileName(file)}",
            "ca", "-config", configuration, "-name", OpenSslCaConf.CrlSection(ca), "-revoke", file, "-crl_reason", "superseded");

        public Task GenerateCrlAsync(LabCa ca, string file, string[] dates) => RunAsync(
            $"Publishing the {ca.Stem} CRL",
            ["ca", "-config", configuration, "-name", OpenSslCaConf.CrlSection(ca), "-gencrl", "-out", file, .. dates]);

        private async Task RunAsync(string step, params string[] arguments) =>
            await Command.RunCheckedAsync(step, "openssl", arguments, cancellationToken).ConfigureAwait(false);
    }
}
