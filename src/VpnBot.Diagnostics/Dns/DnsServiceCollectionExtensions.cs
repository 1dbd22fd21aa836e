using Microsoft.Extensions.DependencyInjection;

namespace VpnBot.Diagnostics.Dns;

public static class DnsServiceCollectionExtensions
{
    /// <summary>Registers the DNS checks (dns.*).</summary>
    public static IServiceCollection AddDnsChecks(this IServiceCollection services) => services;
}
