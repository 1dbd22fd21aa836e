using VpnBot.Diagnostics.Configuration;
using VpnBot.Diagnostics.Input;

namespace VpnBot.Cli.Binding;

/// <summary>The <c>Vpn</c> section as read from <c>--config</c> and <c>Vpn__</c> environment variables.</summary>
/// <param name="Options">Endpoints and thresholds.</param>
/// <param name="Deadline"><c>Vpn:Deadline</c>, validated; null when not set.</param>
/// <param name="FromFile">True when a <c>--config</c> file was read.</param>
/// <param name="EndpointKeys">The index each endpoint has in its key path (<c>Vpn:Endpoints:N</c>), in list order.</param>
internal sealed record LoadedConfiguration(VpnOptions Options, TimeSpan? Deadline, bool FromFile, IReadOnlyList<int> EndpointKeys)
{
    /// <summary>How errors name the values of the endpoint at <paramref name="index"/> in <see cref="VpnOptions.Endpoints"/>.</summary>
    public ArgumentNames NamesOf(int index) => ArgumentNames.Configuration(EndpointKeys[index]);
}

/// <summary>A configuration, or every value that kept it from loading.</summary>
internal sealed record ConfigurationResult(LoadedConfiguration? Configuration, IReadOnlyList<InputError> Errors)
{
    public static ConfigurationResult Invalid(params IReadOnlyList<InputError> errors) => new(null, errors);
}
