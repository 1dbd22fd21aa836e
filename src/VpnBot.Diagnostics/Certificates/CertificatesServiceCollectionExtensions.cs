using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using VpnBot.Diagnostics.Certificates.Chain;
using VpnBot.Diagnostics.Certificates.Eku;
using VpnBot.Diagnostics.Certificates.Expiry;
using VpnBot.Diagnostics.Certificates.Name;
using VpnBot.Diagnostics.Certificates.Revocation;
using VpnBot.Diagnostics.Checks;

namespace VpnBot.Diagnostics.Certificates;

public static class CertificatesServiceCollectionExtensions
{
    /// <summary>Registers the certificate checks (cert.*) and the HTTP client revocation fetches share.</summary>
    public static IServiceCollection AddCertificateChecks(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<RevocationFetcher>();
        services.AddSingleton<ICheck, CertificateExpiryCheck>();
        services.AddSingleton<ICheck, CertificateNameCheck>();
        services.AddSingleton<ICheck, CertificateChainCheck>();
        services.AddSingleton<ICheck, CertificateEkuCheck>();
        services.AddSingleton<ICheck, CertificateRevocationCheck>();
        return services;
    }
}
