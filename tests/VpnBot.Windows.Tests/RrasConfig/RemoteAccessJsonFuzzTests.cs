using VpnBot.Diagnostics.Findings;
using VpnBot.Windows.RrasConfig;
using VpnBot.Windows.Tests.Support;

namespace VpnBot.Windows.Tests.RrasConfig;

/// <summary>
/// Get-RemoteAccess output cut short (a killed process), corrupted (a wrong code page) or replaced by noise:
/// the parser gives a reason and the verdict a finding; nothing throws.
/// </summary>
public sealed class RemoteAccessJsonFuzzTests
{
    private static readonly string[] Files =
    [
        "RemoteAccess/get-remoteaccess-vpn-installed.json",
        "RemoteAccess/get-remoteaccess-self-signed.json",
        "RemoteAccess/get-remoteaccess-vpn-uninstalled.json",
    ];

    [Fact]
    public void TryParse_TruncatedAtManyPoints_NeverThrows()
    {
        var cases = 0;
        foreach (var text in Files.Select(Fixture.Text))
        {
            // Every position in the first and last kilobytes, then a stride through the certificate's bytes.
            var points = Enumerable.Range(0, Math.Min(1024, text.Length))
                .Concat(Enumerable.Range(Math.Max(0, text.Length - 1024), Math.Min(1024, text.Length)))
                .Concat(Enumerable.Range(0, text.Length / 13).Select(i => i * 13));
            foreach (var length in points.Distinct())
            {
                var parsed = RemoteAccessJson.TryParse(text[..length], out var config, out var problem);
                Assert.True(parsed ? config is not null : problem is not null);
                cases++;
            }
        }

        Assert.True(cases > 10_000, $"only {cases} cases");
    }

    [Fact]
    public void TryParse_RandomMutations_NeverThrow()
    {
        var random = new Random(809);
        var texts = Files.Select(Fixture.Text).ToList();
        const string Alphabet = "{}[]\":,-0123456789.eE+ \r\ntrufalsn\\/uDate()ｘ\u0000";
        for (var i = 0; i < 3_000; i++)
        {
            var chars = texts[random.Next(texts.Count)].ToCharArray();
            for (var flips = random.Next(1, 12); flips > 0; flips--)
            {
                chars[random.Next(chars.Length)] = Alphabet[random.Next(Alphabet.Length)];
            }

            if (RemoteAccessJson.TryParse(new string(chars), out var config, out _) && config.SslCertificate is { } certificate)
            {
                RemoteAccessJson.NameMatches(certificate, Targets.Fqdn);
            }
        }
    }

    [Fact]
    public void TryParse_CertificateBytesMutated_NeverThrows()
    {
        var random = new Random(13801);
        var text = Fixture.Text("RemoteAccess/get-remoteaccess-vpn-installed.json");
        var start = text.IndexOf("\"RawData\":  [", StringComparison.Ordinal);
        var end = text.IndexOf(']', start);
        var numbers = text[(start + 13)..end].Split(',').Select(n => int.Parse(n.Trim(), System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        for (var i = 0; i < 2_000; i++)
        {
            var der = (int[])numbers.Clone();
            for (var flips = random.Next(1, 6); flips > 0; flips--)
            {
                der[random.Next(der.Length)] = random.Next(0, 256);
            }

            var length = random.Next(1, der.Length + 1);
            var json = "{\"VpnStatus\": \"Installed\", \"SslCertificate\": {\"RawData\": [" + string.Join(",", der.Take(length)) + "]}}";
            Assert.True(RemoteAccessJson.TryParse(json, out _, out _));
        }
    }

    [Fact]
    public void Judge_GarbageOutputs_AlwaysAFinding()
    {
        var random = new Random(868);
        for (var i = 0; i < 2_000; i++)
        {
            var chars = new char[random.Next(0, 300)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = (char)random.Next(0x09, 0x7F);
            }

            var output = new PowerShellOutput(PowerShellOutcome.Exited, random.Next(0, 2), new string(chars), new string(chars.Reverse().ToArray()), TimeSpan.FromSeconds(1));
            var finding = RrasConfigVerdict.Judge(Targets.Machine, Targets.For(), output, Targets.RecordedAt, Targets.RecordedAt);

            Assert.Contains(finding.Status, new[] { CheckStatus.Error, CheckStatus.Skip, CheckStatus.Fail, CheckStatus.Warn, CheckStatus.Pass });
            Assert.All(finding.Evidence.Values, value => Assert.True(value.Length <= 200, value));
        }
    }
}
