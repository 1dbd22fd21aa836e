using System.Globalization;
using VpnBot.Lab.Processes;

namespace VpnBot.Lab.Certificates;

/// <summary>
/// The lab's PKI, minted with the openssl CLI at every start (EC P-256 keys: a second faster than RSA): a
/// trusted CA, an untrusted CA, one server key, and one certificate per TLS scenario.
/// </summary>
internal sealed class LabCertificates
{
    public const string CaStem = "ca";
    public const string UntrustedCaStem = "untrusted-ca";

    private LabCertificates(string directory, IReadOnlyDictionary<string, MintedCertificate> certificates)
    {
        Directory = directory;
        Certificates = certificates;
    }

    public string Directory { get; }

    public string CaFile => Path.Combine(Directory, CaStem + ".pem");

    public string UntrustedCaFile => Path.Combine(Directory, UntrustedCaStem + ".pem");

    /// <summary>The one key every server certificate certifies.</summary>
    public string KeyFile => Path.Combine(Directory, "server.key");

    public IReadOnlyDictionary<string, MintedCertificate> Certificates { get; }

    public MintedCertificate this[string name] => Certificates[name];

    public static IReadOnlyList<CertificateProfile> Profiles(string vpnName, string wrongName)
    {
        string[] both = [CertificateProfile.ServerAuth, CertificateProfile.IkeIntermediate];
        var day = TimeSpan.FromDays(1);
        return
        [
            new("good", false, vpnName, [vpnName], both, -day, 365 * day),
            new("expired", false, vpnName, [vpnName], both, -400 * day, -30 * day),
            new("expiring-soon", false, vpnName, [vpnName], both, -358 * day, 7 * day),
            new("wrong-name", false, wrongName, [wrongName], both, -day, 365 * day),
            new("no-ike-eku", false, vpnName, [vpnName], [CertificateProfile.ServerAuth], -day, 365 * day),
            new("untrusted", true, vpnName, [vpnName], both, -day, 365 * day),
        ];
    }

    public static async Task<LabCertificates> MintAsync(
        string directory, IReadOnlyList<CertificateProfile> profiles, DateTimeOffset now, CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(Path.Combine(directory, "issued"));
        var configuration = Path.Combine(directory, "openssl.cnf");
        await File.WriteAllTextAsync(configuration, OpenSslCaConf.Render(directory, profiles), cancellationToken).ConfigureAwait(false);
        foreach (var section in profiles.Select(OpenSslCaConf.Section).Append(OpenSslCaConf.RootSection).Append(OpenSslCaConf.UntrustedRootSection))
        {
            await File.WriteAllTextAsync(OpenSslCaConf.Database(directory, section), string.Empty, cancellationToken).ConfigureAwait(false);
        }

        now = new DateTimeOffset(now.UtcDateTime.Ticks - (now.UtcDateTime.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        var openssl = new OpenSsl(directory, configuration, cancellationToken);

        await Task.WhenAll(
            openssl.RequestAsync(CaStem, "/O=VpnBot Lab/CN=VpnBot Lab Root CA"),
            openssl.RequestAsync(UntrustedCaStem, "/O=Elsewhere/CN=Untrusted Root CA"),
            openssl.RequestAsync("server", "/CN=server")).ConfigureAwait(false);

        // The roots predate every leaf, so each leaf's validity nests inside its issuer's.
        await Task.WhenAll(
            openssl.SelfSignAsync(OpenSslCaConf.RootSection, CaStem, now.AddYears(-3), now.AddYears(10)),
            openssl.SelfSignAsync(OpenSslCaConf.UntrustedRootSection, UntrustedCaStem, now.AddYears(-3), now.AddYears(10))).ConfigureAwait(false);

        var minted = await Task.WhenAll(profiles.Select(async profile =>
        {
            var file = Path.Combine(directory, profile.Name + ".pem");
            var (from, until) = (now + profile.ValidFrom, now + profile.ValidUntil);
            await openssl.SignAsync(profile, file, from, until).ConfigureAwait(false);
            var issuer = Path.Combine(directory, (profile.IssuedByUntrustedCa ? UntrustedCaStem : CaStem) + ".pem");
            return new MintedCertificate(profile, file, $"CN={profile.CommonName}", from, until, issuer);
        })).ConfigureAwait(false);
        return new LabCertificates(directory, minted.ToDictionary(m => m.Profile.Name));
    }

    /// <summary>The openssl invocations, each checked, sharing the lab's configuration file.</summary>
    private sealed class OpenSsl(string directory, string configuration, CancellationToken cancellationToken)
    {
        public Task RequestAsync(string stem, string subject) => RunAsync(
            $"Creating the {stem} key and request",
            "req", "-new", "-config", configuration, "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
            "-keyout", Path.Combine(directory, stem + ".key"), "-out", Path.Combine(directory, stem + ".csr"), "-subj", subject);

        public Task SelfSignAsync(string section, string stem, DateTimeOffset from, DateTimeOffset until) => RunAsync(
            $"Self-signing the {stem} certificate",
            "ca", "-batch", "-selfsign", "-config", configuration, "-name", section, "-extensions", OpenSslCaConf.CaExtensions,
            "-keyfile", Path.Combine(directory, stem + ".key"), "-in", Path.Combine(directory, stem + ".csr"),
            "-out", Path.Combine(directory, stem + ".pem"), "-startdate", UtcTime(from), "-enddate", UtcTime(until), "-notext");

        public Task SignAsync(CertificateProfile profile, string file, DateTimeOffset from, DateTimeOffset until) => RunAsync(
            $"Issuing the {profile.Name} certificate",
            "ca", "-batch", "-config", configuration, "-name", OpenSslCaConf.Section(profile), "-extensions", OpenSslCaConf.Extensions(profile),
            "-in", Path.Combine(directory, "server.csr"), "-subj", $"/CN={profile.CommonName}", "-out", file,
            "-startdate", UtcTime(from), "-enddate", UtcTime(until), "-notext");

        private async Task RunAsync(string step, params string[] arguments) =>
            await Command.RunCheckedAsync(step, "openssl", arguments, cancellationToken).ConfigureAwait(false);

        // ASN.1 UTCTime, as openssl ca takes it (RFC 5280 §4.1.2.5.1).
        private static string UtcTime(DateTimeOffset time) => time.UtcDateTime.ToString("yyMMddHHmmss'Z'", CultureInfo.InvariantCulture);
    }
}
