using VpnBot.Cli.CommandLine;
using VpnBot.Diagnostics.Configuration;

namespace VpnBot.Cli.Binding;

/// <summary>
/// Maps <c>check</c> flags onto <see cref="EndpointOptions"/>: alone (to validate them under their flag
/// names), or on top of a configured endpoint, where lists add to the configured ones and single values
/// replace them.
/// </summary>
internal static class CommandLineEndpoint
{
    public static EndpointOptions Merge(EndpointOptions? configured, CheckArguments flags, string fqdn, PortOptions ports)
    {
        ArgumentNullException.ThrowIfNull(flags);
        var endpoint = new EndpointOptions
        {
            Name = configured?.Name,
            Fqdn = fqdn,
            Address = flags.Address ?? configured?.Address,
            Certificate = flags.Certificate ?? configured?.Certificate,
            Ports = ports,
        };

        if (flags.Protocols is not null)
        {
            endpoint.Protocols.Add(flags.Protocols);
        }
        else
        {
            AddAll(endpoint.Protocols, configured?.Protocols);
        }

        AddAll(endpoint.InternalDns, configured?.InternalDns, flags.Dns);
        AddAll(endpoint.ExternalDns, configured?.ExternalDns, flags.ExternalDns);
        AddAll(endpoint.Resolvers, configured?.Resolvers, flags.Resolvers);
        AddAll(endpoint.ExpectAddresses, configured?.ExpectAddresses, flags.ExpectAddresses);
        AddAll(endpoint.PublicAddresses, configured?.PublicAddresses, flags.ExpectPublic);
        AddAll(endpoint.TrustedRoots, configured?.TrustedRoots, flags.TrustedRoots);
        return endpoint;
    }

    /// <summary>Appends every value not already there, so a server given both in the file and on the command line is checked once.</summary>
    private static void AddAll(IList<string> target, params IEnumerable<string>?[] sources)
    {
        foreach (var value in sources.SelectMany(source => source ?? []))
        {
            if (!target.Contains(value, StringComparer.OrdinalIgnoreCase))
            {
                target.Add(value);
            }
        }
    }
}
