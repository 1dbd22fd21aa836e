using System.Globalization;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;
using VpnBot.Windows.Agent;

namespace VpnBot.Windows.RrasConfig;

/// <summary>
/// Turns the output of <c>Get-RemoteAccess</c> into the <c>rras.config</c> finding. Fail: VPN not installed,
/// or (when the endpoint offers SSTP) the SSTP certificate RRAS is bound to has expired or is for another
/// name, or a tunnel type the endpoint offers has no ports. Warn: a self-signed SSTP certificate, or none.
/// Error: the output could not be had or read. Skip: the RemoteAccess module is not installed.
/// </summary>
internal static class RrasConfigVerdict
{
    /// <summary>A client on Automatic sees 800 while no tunnel type works; one pinned to a type, 809.</summary>
    private static readonly string[] NoVpnCodes = ["800", "809"];

    /// <summary>CERT_E_EXPIRED (winerror.h), what an SSTP client reports.</summary>
    private const string CertificateExpired = "0x800B0101";

    /// <summary>CERT_E_CN_NO_MATCH.</summary>
    private const string CertificateNameMismatch = "0x800B010F";

    /// <summary>CERT_E_UNTRUSTEDROOT: a self-signed certificate the client was not told to trust.</summary>
    private const string UntrustedRoot = "0x800B0109";

    public static Finding Judge(string machine, CheckTarget target, PowerShellOutput output, DateTimeOffset readAt, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(output);
        var evidence = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["source"] = FixedPowerShell.Command,
            ["readAt"] = Iso(readAt),
            ["elapsedMs"] = ((long)output.Elapsed.TotalMilliseconds).ToString(CultureInfo.InvariantCulture),
        };
        if (output.ExitCode is { } exitCode)
        {
            evidence["exitCode"] = exitCode.ToString(CultureInfo.InvariantCulture);
        }

        if (output.Outcome != PowerShellOutcome.Exited)
        {
            if (output.StandardError.Length > 0)
            {
                evidence["error"] = BoundedText.Of(output.StandardError);
            }

            return Result(CheckStatus.Error, NotRun(machine, output), [], []);
        }

        if (string.IsNullOrWhiteSpace(output.StandardOutput))
        {
            return Failed();
        }

        evidence["outputChars"] = output.StandardOutput.Length.ToString(CultureInfo.InvariantCulture);
        if (!RemoteAccessJson.TryParse(output.StandardOutput, out var config, out var problem))
        {
            if (output.ExitCode != 0)
            {
                return Failed();
            }

            evidence["problem"] = problem ?? string.Empty;
            return Result(CheckStatus.Error, Text(nameof(RrasConfigText.ConfigUnreadable), machine, problem ?? string.Empty), [], []);
        }

        Describe(evidence, config);
        if (config.VpnStatus is null)
        {
            return Result(CheckStatus.Error, Text(nameof(RrasConfigText.ConfigNoVpnStatus), machine), [], []);
        }

        if (!config.VpnInstalled)
        {
            return Result(
                CheckStatus.Fail,
                Text(nameof(RrasConfigText.ConfigVpnNotInstalled), machine, BoundedText.Of(config.VpnStatus, 40)),
                NoVpnCodes,
                [Text(nameof(RrasConfigText.FixDeployVpn)), Text(nameof(RrasConfigText.FixDeployVpnPowerShell))]);
        }

        var issues = new List<Issue>();
        if (target.Offers(VpnProtocols.Sstp) && !config.SstpOverHttp)
        {
            JudgeSstpCertificate(config.SslCertificate, target.Fqdn, now, issues);
        }

        JudgeTunnelPorts(config, target, issues);
        if (issues.Count == 0)
        {
            return Result(CheckStatus.Pass, Passed(machine, config, target), [], []);
        }

        var status = issues.Any(i => i.Status == CheckStatus.Fail) ? CheckStatus.Fail : CheckStatus.Warn;
        var ordered = issues.OrderBy(i => i.Status == CheckStatus.Fail ? 0 : 1).ToList();
        return Result(
            status,
            LocalizedText.Sentences(ordered.Select(i => i.Sentence)),
            [.. ordered.Select(i => i.Code).OfType<string>().Distinct(StringComparer.Ordinal)],
            [.. ordered.SelectMany(i => i.Steps).Distinct()]);

        Finding Result(CheckStatus status, LocalizedText summary, IReadOnlyList<string> codes, IReadOnlyList<LocalizedText> steps) => new()
        {
            Check = CheckIds.RrasConfig,
            Subject = machine,
            Status = status,
            Summary = summary,
            Evidence = evidence,
            ErrorCodes = codes,
            Remediation = steps,
        };

        Finding Failed()
        {
            if (PowerShellErrors.FirstLine(output.StandardError) is { Length: > 0 } line)
            {
                evidence["error"] = line;
            }

            return PowerShellErrors.IsCommandNotFound(output.StandardError)
                ? Result(CheckStatus.Skip, Text(nameof(RrasConfigText.ConfigNoModule), machine), [], [Text(nameof(RrasConfigText.FixInstallModule))])
                : Result(CheckStatus.Error, Text(nameof(RrasConfigText.ConfigFailed), machine, output.ExitCode ?? -1), [], []);
        }
    }

    private static void JudgeSstpCertificate(SslCertificateInfo? certificate, string fqdn, DateTimeOffset now, List<Issue> issues)
    {
        if (certificate is null)
        {
            issues.Add(new(CheckStatus.Warn, Text(nameof(RrasConfigText.SstpNoCertificate)), null, [Text(nameof(RrasConfigText.FixBindCertificate), fqdn)]));
            return;
        }

        var thumbprint = certificate.Thumbprint ?? "?";
        if (certificate.NotAfter is { } notAfter && notAfter <= now)
        {
            issues.Add(new(
                CheckStatus.Fail,
                Text(nameof(RrasConfigText.SstpCertificateExpired), thumbprint, Day(notAfter)),
                CertificateExpired,
                [Text(nameof(RrasConfigText.FixBindCertificate), fqdn)]));
        }
        else if (certificate.NotBefore is { } notBefore && notBefore > now)
        {
            issues.Add(new(
                CheckStatus.Fail,
                Text(nameof(RrasConfigText.SstpCertificateNotYetValid), thumbprint, Iso(notBefore)),
                CertificateExpired,
                [Text(nameof(RrasConfigText.FixCheckClock))]));
        }

        var names = certificate.DnsNames.Count > 0 ? string.Join(", ", certificate.DnsNames) : certificate.CommonName ?? certificate.Subject;
        if (names is { Length: > 0 } && !RemoteAccessJson.NameMatches(certificate, fqdn))
        {
            issues.Add(new(
                CheckStatus.Fail,
                Text(nameof(RrasConfigText.SstpCertificateName), thumbprint, BoundedText.Of(names), fqdn),
                CertificateNameMismatch,
                [Text(nameof(RrasConfigText.FixBindCertificate), fqdn)]));
        }

        if (certificate.SelfSigned)
        {
            issues.Add(new(
                CheckStatus.Warn,
                Text(nameof(RrasConfigText.SstpSelfSigned), thumbprint),
                UntrustedRoot,
                [Text(nameof(RrasConfigText.FixPublicCa), fqdn)]));
        }
    }

    /// <summary>A tunnel type the endpoint offers but RRAS gives no ports to refuses every client of that type.</summary>
    private static void JudgeTunnelPorts(RemoteAccessConfig config, CheckTarget target, List<Issue> issues)
    {
        foreach (var (protocol, tunnel) in new[] { (VpnProtocols.Ikev2, "Ikev2"), (VpnProtocols.Sstp, "Sstp"), (VpnProtocols.L2tp, "L2tp"), (VpnProtocols.Pptp, "Pptp") })
        {
            if (target.Offers(protocol) && config.TunnelPorts.TryGetValue(tunnel, out var ports) && ports <= 0)
            {
                issues.Add(new(CheckStatus.Fail, Text(nameof(RrasConfigText.NoPorts), tunnel), null, [Text(nameof(RrasConfigText.FixTunnelPorts), tunnel)]));
            }
        }
    }

    private static LocalizedText Passed(string machine, RemoteAccessConfig config, CheckTarget target)
    {
        if (target.Offers(VpnProtocols.Sstp) && !config.SstpOverHttp && config.SslCertificate is { } certificate)
        {
            var name = (certificate.DnsNames.Count > 0 ? certificate.DnsNames[0] : null) ?? certificate.CommonName ?? certificate.Subject ?? "?";
            return Text(
                nameof(RrasConfigText.ConfigPassSstp),
                machine,
                BoundedText.Of(name),
                certificate.Thumbprint ?? "?",
                certificate.NotAfter is { } notAfter ? Day(notAfter) : "?");
        }

        return Text(nameof(RrasConfigText.ConfigPass), machine);
    }

    private static LocalizedText NotRun(string machine, PowerShellOutput output) => output.Outcome switch
    {
        PowerShellOutcome.NotStarted => Text(nameof(RrasConfigText.ConfigNotStarted), machine),
        PowerShellOutcome.TooLarge => Text(nameof(RrasConfigText.ConfigTooLarge), machine),
        _ => Text(nameof(RrasConfigText.ConfigTimedOut), machine, (long)output.Elapsed.TotalSeconds),
    };

    /// <summary>The configuration as evidence, under the cmdlet's own property names (camel-cased), each value bounded.</summary>
    private static void Describe(Dictionary<string, string> evidence, RemoteAccessConfig config)
    {
        Add("vpnStatus", config.VpnStatus);
        Add("vpnS2SStatus", config.VpnS2SStatus);
        Add("daStatus", config.DAStatus);
        Add("routingStatus", config.RoutingStatus);
        Add("sstpProxyStatus", config.SstpProxyStatus);
        Add("useHttp", config.UseHttp);
        Add("connectToAddress", config.ConnectToAddress);
        Add("internetInterface", config.InternetInterface);
        Add("internalInterface", config.InternalInterface);
        Add("ipAssignmentMethod", config.IPAssignmentMethod);
        Add("ipAddressRanges", config.IPAddressRanges.Count > 0 ? string.Join(", ", config.IPAddressRanges) : null);
        Add("authenticationType", config.AuthenticationType);
        if (config.SslCertificate is { } certificate)
        {
            Add("sslCertificateSubject", certificate.Subject);
            Add("sslCertificateIssuer", certificate.Issuer);
            Add("sslCertificateThumbprint", certificate.Thumbprint);
            Add("sslCertificateNotAfter", certificate.NotAfter is { } notAfter ? Iso(notAfter) : null);
            Add("sslCertificateDnsNames", certificate.DnsNames.Count > 0 ? string.Join(", ", certificate.DnsNames) : null);
        }

        if (config.TunnelPorts.Count > 0)
        {
            Add("tunnelPorts", string.Join(", ", config.TunnelPorts.Select(p => p.Key + "=" + p.Value.ToString(CultureInfo.InvariantCulture))));
        }

        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                evidence[key] = BoundedText.Of(value);
            }
        }
    }

    private static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Day(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static LocalizedText Text(string name, params object?[] args) =>
        LocalizedText.Format(RrasConfigText.ResourceManager, name, args);

    /// <summary>One thing wrong with the configuration: its sentence, the code clients see, and what to do.</summary>
    private sealed record Issue(CheckStatus Status, LocalizedText Sentence, string? Code, IReadOnlyList<LocalizedText> Steps);
}
