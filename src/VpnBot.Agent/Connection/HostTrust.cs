using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;
using VpnBot.Agent.Configuration;

namespace VpnBot.Agent.Connection;

/// <summary>
/// How the agent decides to trust the host's TLS certificate: the system's trusted roots, and, when
/// <see cref="AgentOptions.HostCertificateAuthority"/> names a PEM file, also that CA (a company's internal PKI).
/// The host name must match either way.
/// </summary>
internal sealed class HostTrust
{
    private readonly X509Certificate2Collection _roots = [];

    public HostTrust(IOptions<AgentOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Value.HostCertificateAuthority is { Length: > 0 } path)
        {
            _roots.ImportFromPemFile(path);
        }
    }

    public bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (errors == SslPolicyErrors.None)
        {
            return true;
        }

        // Only an untrusted chain can be rescued by the configured CA; a name mismatch or a missing certificate never.
        if (errors != SslPolicyErrors.RemoteCertificateChainErrors || _roots.Count == 0 || certificate is null)
        {
            return false;
        }

        using var custom = new X509Chain();
        custom.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        custom.ChainPolicy.CustomTrustStore.AddRange(_roots);
        custom.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        if (chain is not null)
        {
            foreach (var element in chain.ChainElements.Skip(1))
            {
                custom.ChainPolicy.ExtraStore.Add(element.Certificate);
            }
        }

        using var leaf = new X509Certificate2(certificate);
        return custom.Build(leaf);
    }
}
