using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace VpnBot.Diagnostics.Tests.Certificates;

/// <summary>
/// Certificates made by the real <c>openssl</c> CLI in a temporary folder, once per test class: a root, an
/// intermediate, a server certificate with subjectAltName and extendedKeyUsage=serverAuth,1.3.6.1.5.5.8.2.2,
/// an expired one issued with <c>openssl ca -startdate/-enddate</c> (and revoked), a wrong-name one, and the
/// intermediate's CRL, served over HTTP on 127.0.0.1 at the CDP the certificates name.
/// </summary>
public sealed class OpenSslLab : IAsyncLifetime
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("vpnbot-certs-");

    internal HttpTestServer Http { get; } = new();

    public string CrlUrl => Http.Url("/lab.crl");

    public string RootPem => Path("root.pem");

    /// <summary>Server certificate followed by the intermediate, as a <c>--cert</c> file is usually made.</summary>
    public string BundlePem => Path("bundle.pem");

    public string ExpiredPem => Path("expired-bundle.pem");

    public string WrongNamePem => Path("wrongname.pem");

    public string CrlDer => Path("lab.crl");

    public string CrlPem => Path("lab.crl.pem");

    public string ExpiredSerial { get; private set; } = string.Empty;

    public string Path(string name) => System.IO.Path.Combine(_dir.FullName, name);

    public async ValueTask InitializeAsync()
    {
        await File.WriteAllTextAsync(Path("ext.cnf"), Extensions(), TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path("ca.cnf"), CaConfig(), TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path("index.txt"), string.Empty, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path("serial"), "1000\n", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path("crlnumber"), "01\n", TestContext.Current.CancellationToken);
        Directory.CreateDirectory(Path("issued"));

        OpenSsl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
            "-keyout", "root.key", "-out", "root.pem", "-days", "3650", "-subj", "/CN=VpnBot Lab Root",
            "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign");
        Request("intermediate", "/CN=VpnBot Lab Issuing CA");
        OpenSsl("x509", "-req", "-in", "intermediate.csr", "-CA", "root.pem", "-CAkey", "root.key", "-CAcreateserial",
            "-days", "1825", "-extfile", "ext.cnf", "-extensions", "intermediate", "-out", "intermediate.pem");

        Request("server", "/CN=vpn.example.local/O=VpnBot Lab");
        OpenSsl("x509", "-req", "-in", "server.csr", "-CA", "intermediate.pem", "-CAkey", "intermediate.key", "-CAcreateserial",
            "-days", "365", "-extfile", "ext.cnf", "-extensions", "server", "-out", "server.pem");

        Request("wrongname", "/CN=portal.example.local");
        OpenSsl("x509", "-req", "-in", "wrongname.csr", "-CA", "intermediate.pem", "-CAkey", "intermediate.key", "-CAcreateserial",
            "-days", "365", "-extfile", "ext.cnf", "-extensions", "wrongname", "-out", "wrongname.pem");

        // x509 cannot set past dates; the ca command can (LAB-NOTES).
        Request("expired", "/CN=vpn.example.local");
        OpenSsl("ca", "-config", "ca.cnf", "-batch", "-notext", "-startdate", "20200101000000Z", "-enddate", "20200201000000Z",
            "-extensions", "server", "-extfile", "ext.cnf", "-in", "expired.csr", "-out", "expired.pem");
        ExpiredSerial = OpenSsl("x509", "-in", "expired.pem", "-noout", "-serial").Trim().Split('=')[1];
        OpenSsl("ca", "-config", "ca.cnf", "-revoke", "expired.pem", "-crl_reason", "superseded");
        OpenSsl("ca", "-config", "ca.cnf", "-gencrl", "-crldays", "7", "-out", "lab.crl.pem");
        OpenSsl("crl", "-in", "lab.crl.pem", "-outform", "DER", "-out", "lab.crl");

        await File.WriteAllTextAsync(BundlePem, await Read("server.pem") + await Read("intermediate.pem"), TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(ExpiredPem, await Read("expired.pem") + await Read("intermediate.pem"), TestContext.Current.CancellationToken);
        Http.Answer("/lab.crl", HttpAnswer.Ok(await File.ReadAllBytesAsync(CrlDer, TestContext.Current.CancellationToken)));
    }

    public async ValueTask DisposeAsync()
    {
        await Http.DisposeAsync();
        _dir.Delete(recursive: true);
    }

    private Task<string> Read(string name) => File.ReadAllTextAsync(Path(name), TestContext.Current.CancellationToken);

    private void Request(string name, string subject) =>
        OpenSsl("req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
            "-keyout", $"{name}.key", "-out", $"{name}.csr", "-subj", subject);

    private string OpenSsl(params string[] arguments)
    {
        var start = new ProcessStartInfo("openssl")
        {
            WorkingDirectory = _dir.FullName,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("openssl did not start");
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"openssl {string.Join(' ', arguments)} failed: {error}");
        }

        return output.Result;
    }

    private string Extensions() => new StringBuilder()
        .AppendLine("[intermediate]")
        .AppendLine("basicConstraints = critical, CA:TRUE, pathlen:0")
        .AppendLine("keyUsage = critical, keyCertSign, cRLSign")
        .AppendLine("subjectKeyIdentifier = hash")
        .AppendLine("authorityKeyIdentifier = keyid")
        .AppendLine("[server]")
        .AppendLine("basicConstraints = CA:FALSE")
        .AppendLine("keyUsage = critical, digitalSignature, keyEncipherment")
        .AppendLine("subjectAltName = DNS:vpn.example.local")
        .AppendLine("extendedKeyUsage = serverAuth, 1.3.6.1.5.5.8.2.2")
        .AppendLine(CultureInfo.InvariantCulture, $"crlDistributionPoints = URI:{CrlUrl}")
        .AppendLine("subjectKeyIdentifier = hash")
        .AppendLine("authorityKeyIdentifier = keyid")
        .AppendLine("[wrongname]")
        .AppendLine("keyUsage = critical, digitalSignature")
        .AppendLine("subjectAltName = DNS:portal.example.local")
        .AppendLine("extendedKeyUsage = serverAuth")
        .ToString();

    private string CaConfig() => new StringBuilder()
        .AppendLine("[ca]")
        .AppendLine("default_ca = lab")
        .AppendLine("[lab]")
        .AppendLine(CultureInfo.InvariantCulture, $"dir = {_dir.FullName}")
        .AppendLine("database = $dir/index.txt")
        .AppendLine("new_certs_dir = $dir/issued")
        .AppendLine("serial = $dir/serial")
        .AppendLine("crlnumber = $dir/crlnumber")
        .AppendLine("certificate = $dir/intermediate.pem")
        .AppendLine("private_key = $dir/intermediate.key")
        .AppendLine("default_md = sha256")
        .AppendLine("default_crl_days = 7")
        .AppendLine("unique_subject = no")
        .AppendLine("policy = anything")
        .AppendLine("[anything]")
        .AppendLine("commonName = supplied")
        .ToString();
}
