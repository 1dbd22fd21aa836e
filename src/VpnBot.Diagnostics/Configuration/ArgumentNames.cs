using System.Globalization;

namespace VpnBot.Diagnostics.Configuration;

/// <summary>
/// How an input error names the value it rejects: the command-line flag the user typed, or the
/// configuration key path (<c>Vpn:Endpoints:0:InternalDns:1</c>) they wrote.
/// </summary>
public abstract class ArgumentNames
{
    public static ArgumentNames CommandLine { get; } = new CommandLineNames();

    public static ArgumentNames Configuration(int endpointIndex) => new ConfigurationNames($"{VpnOptions.SectionName}:Endpoints:{endpointIndex}");

    public static ArgumentNames Thresholds { get; } = new ConfigurationNames($"{VpnOptions.SectionName}:Thresholds");

    /// <summary>The name of <paramref name="field"/> (an <see cref="EndpointOptions"/> property path such as <c>Ports:Ike</c>), with the list position when the field is a list.</summary>
    public abstract string NameOf(string field, int? index = null);

    private sealed class CommandLineNames : ArgumentNames
    {
        public override string NameOf(string field, int? index = null) => field switch
        {
            nameof(EndpointOptions.Fqdn) => "<fqdn>",
            nameof(EndpointOptions.Name) => "--name",
            nameof(EndpointOptions.Protocols) => "--protocols",
            nameof(EndpointOptions.InternalDns) => "--dns",
            nameof(EndpointOptions.ExternalDns) => "--external-dns",
            nameof(EndpointOptions.Resolvers) => "--resolver",
            nameof(EndpointOptions.ExpectAddresses) => "--expect-address",
            nameof(EndpointOptions.PublicAddresses) => "--expect-public",
            nameof(EndpointOptions.Address) => "--address",
            nameof(EndpointOptions.TrustedRoots) => "--ca",
            nameof(EndpointOptions.Certificate) => "--cert",
            _ when field.StartsWith("Ports", StringComparison.Ordinal) => "--port",
            _ => field,
        };
    }

    private sealed class ConfigurationNames(string prefix) : ArgumentNames
    {
        public override string NameOf(string field, int? index = null) =>
            index is { } i ? string.Create(CultureInfo.InvariantCulture, $"{prefix}:{field}:{i}") : $"{prefix}:{field}";
    }
}
