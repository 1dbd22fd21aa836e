using System.Globalization;
using Microsoft.Extensions.Configuration;
using VpnBot.Cli.Localization;
using VpnBot.Diagnostics.Configuration;
using VpnBot.Diagnostics.Input;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Cli.Binding;

/// <summary>
/// Rejects, under the key path the user wrote, the values the configuration binder would throw on
/// (a port that is not a number) or silently drop (a list written as one string), before binding.
/// The values themselves are validated afterwards by <see cref="CheckTargetFactory"/>.
/// </summary>
internal static class ConfigurationShape
{
    private static readonly string[] PortKeys =
        [nameof(PortOptions.Ike), nameof(PortOptions.NatT), nameof(PortOptions.L2tp), nameof(PortOptions.Pptp), nameof(PortOptions.Sstp)];

    private static readonly string[] ListKeys =
    [
        nameof(EndpointOptions.Protocols), nameof(EndpointOptions.InternalDns), nameof(EndpointOptions.ExternalDns),
        nameof(EndpointOptions.Resolvers), nameof(EndpointOptions.ExpectAddresses), nameof(EndpointOptions.PublicAddresses),
        nameof(EndpointOptions.TrustedRoots),
    ];

    private static readonly string[] WholeNumberThresholds =
        [nameof(ThresholdOptions.CertificateWarnDays), nameof(ThresholdOptions.CertificateFailDays), nameof(ThresholdOptions.MaxCnameDepth)];

    public static void Check(IReadOnlyList<IConfigurationSection> endpoints, IConfigurationSection thresholds, List<InputError> errors)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(thresholds);
        foreach (var endpoint in endpoints)
        {
            CheckEndpoint(endpoint, errors);
        }

        foreach (var key in WholeNumberThresholds)
        {
            Reject(thresholds.GetSection(key), IsWholeNumber, Texts.Of(nameof(CliText.ExpectedWholeNumber)), errors);
        }

        Reject(
            thresholds.GetSection(nameof(ThresholdOptions.MaxPublicTtl)),
            value => TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out _),
            Texts.Of(nameof(CliText.ExpectedConfigDuration)),
            errors);
    }

    private static void CheckEndpoint(IConfigurationSection endpoint, List<InputError> errors)
    {
        if (endpoint.Value is { } scalar)
        {
            errors.Add(new InputError(endpoint.Path, scalar, Texts.Of(nameof(CliText.ExpectedConfigShape))));
            return;
        }

        foreach (var key in ListKeys)
        {
            var list = endpoint.GetSection(key);
            if (list.Value is { } single)
            {
                errors.Add(new InputError(list.Path, single, Texts.Of(nameof(CliText.ExpectedConfigList))));
            }
        }

        var ports = endpoint.GetSection(nameof(EndpointOptions.Ports));
        foreach (var key in PortKeys)
        {
            Reject(ports.GetSection(key), IsWholeNumber, InputExpectations.Port, errors);
        }
    }

    private static bool IsWholeNumber(string value) => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _);

    private static void Reject(IConfigurationSection value, Func<string, bool> valid, LocalizedText expected, List<InputError> errors)
    {
        if (value.Value is { } text && !valid(text))
        {
            errors.Add(new InputError(value.Path, text, expected));
        }
    }
}
