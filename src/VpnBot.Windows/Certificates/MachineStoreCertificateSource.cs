using System.Globalization;
using VpnBot.Diagnostics.Certificates.Source;
using VpnBot.Diagnostics.Checks;
using VpnBot.Windows.Agent;
using VpnBot.Windows.RrasService;

namespace VpnBot.Windows.Certificates;

/// <summary>
/// Gives the <c>cert.*</c> checks the VPN certificate from the machine store when the agent runs on the VPN
/// server, so IKEv2's certificate (which no probe can see) is checked like SSTP's. On a machine without the
/// RemoteAccess service it says nothing and the checks fall back to what they see from outside.
/// </summary>
internal sealed class MachineStoreCertificateSource(IMachineCertificates store, IServiceStates services, LocalMachine machine) : ILocalCertificateSource
{
    public Task<CertificateSourceResult?> FindAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Task.FromResult(Find(context.Target.Fqdn, context.Time.GetUtcNow()));
    }

    private CertificateSourceResult? Find(string fqdn, DateTimeOffset now)
    {
        // Only the VPN server's own store says which certificate RRAS authenticates with.
        if (services.Query(RrasServiceNames.RemoteAccess).State == ServiceRunState.Missing || store.Read() is not { } certificates)
        {
            return null;
        }

        var choice = MachineCertificateChoice.Choose(certificates, fqdn, now);
        foreach (var certificate in certificates.Where(c => !ReferenceEquals(c, choice.Chosen)))
        {
            certificate.Dispose();
        }

        var evidence = new List<KeyValuePair<string, string>>
        {
            new("source", "machine-store"),
            new("store", store.StoreName),
            new("machine", machine.Name),
            new("certificatesInStore", Count(choice.InStore)),
            new("matchingName", Count(choice.Matching)),
        };
        if (choice.WithoutPrivateKey > 0)
        {
            evidence.Add(new("matchingWithoutPrivateKey", Count(choice.WithoutPrivateKey)));
        }

        if (choice.Chosen is not { } chosen)
        {
            return new CertificateSourceResult
            {
                Unavailable = CertificateUnavailable.NotInStore,
                Evidence = evidence,
                Endpoint = machine.Name,
                Detail = store.StoreName,
            };
        }

        evidence.Add(new("chosenBy", "name, private key, valid now, newest"));
        return CertificateSourceResult.Found(new ServerCertificate(CertificateOrigin.MachineStore, chosen, [], evidence, [])) with
        {
            Endpoint = machine.Name,
        };
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
