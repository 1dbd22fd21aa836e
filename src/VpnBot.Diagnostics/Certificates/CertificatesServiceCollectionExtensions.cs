using Microsoft.Extensions.DependencyInjection;

namespace VpnBot.Diagnostics.Certificates;

public static class CertificatesServiceCollectionExtensions
{
    /// <summary>Registers the certificate checks (cert.*).</summary>
    public static IServiceCollection AddCertificateChecks(this IServiceCollection services) => services;
}
