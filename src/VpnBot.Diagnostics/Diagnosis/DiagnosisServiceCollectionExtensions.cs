using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using VpnBot.Diagnostics.Diagnosis.Rules.Certificates;
using VpnBot.Diagnostics.Diagnosis.Rules.Dns;
using VpnBot.Diagnostics.Diagnosis.Rules.Paths;
using VpnBot.Diagnostics.Diagnosis.Rules.Server;

namespace VpnBot.Diagnostics.Diagnosis;

public static class DiagnosisServiceCollectionExtensions
{
    /// <summary>Registers the rules that turn findings into likely causes.</summary>
    public static IServiceCollection AddDiagnosisRules(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        // Name resolution.
        Add<NameMissingRule>(services);
        Add<PublicRecordMissingRule>(services);
        Add<WrongAddressRule>(services);
        Add<ZoneReplicationRule>(services);
        Add<ServersUnansweringRule>(services);
        Add<ServerUnansweringRule>(services);
        Add<StaleCacheRule>(services);
        Add<SplitHorizonLeakRule>(services);
        Add<NotAuthoritativeRule>(services);
        Add<CnameRule>(services);
        Add<LongTtlRule>(services);
        Add<ReverseRecordRule>(services);

        // The network path and the protocols.
        Add<Udp500BlockedRule>(services);
        Add<IkeSilentRule>(services);
        Add<IkePolicyMismatchRule>(services);
        Add<PptpBlockedRule>(services);
        Add<GreBlockedRule>(services);
        Add<SstpListenerRule>(services);
        Add<NetworkPolicyRule>(services);

        // The server certificate.
        Add<CertificateNameRule>(services);
        Add<CertificateExpiryRule>(services);
        Add<CertificateChainRule>(services);
        Add<CertificateEkuRule>(services);
        Add<CertificateRevocationRule>(services);

        // The server itself.
        Add<AllTunnelsFailRule>(services);
        Add<RrasServiceRule>(services);
        return services;
    }

    private static void Add<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TRule>(IServiceCollection services)
        where TRule : class, IDiagnosisRule =>
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDiagnosisRule, TRule>());
}
