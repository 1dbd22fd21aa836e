using System.Net;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Input;

namespace VpnBot.Diagnostics.Configuration;

/// <summary>
/// Turns endpoint settings into a <see cref="CheckTarget"/>, collecting every rejected value with the
/// name the user knows it by, so a bad configuration is reported in one pass rather than at first use.
/// </summary>
public static class CheckTargetFactory
{
    public static TargetResult Create(EndpointOptions endpoint, ThresholdOptions thresholds, ArgumentNames names)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(thresholds);
        ArgumentNullException.ThrowIfNull(names);
        var errors = new List<InputError>();

        var fqdn = HostName.Parse(endpoint.Fqdn);
        if (!fqdn.Ok)
        {
            errors.Add(new InputError(names.NameOf(nameof(EndpointOptions.Fqdn)), endpoint.Fqdn ?? string.Empty, fqdn.Expected));
        }

        var protocols = VpnProtocols.All;
        if (endpoint.Protocols.Count > 0)
        {
            var parsed = ProtocolList.Parse(endpoint.Protocols);
            if (parsed.Ok)
            {
                protocols = parsed.Value;
            }
            else
            {
                errors.Add(new InputError(names.NameOf(nameof(EndpointOptions.Protocols)), string.Join(',', endpoint.Protocols), parsed.Expected));
            }
        }

        var internalDns = Endpoints(endpoint.InternalDns, nameof(EndpointOptions.InternalDns));
        var externalDns = Endpoints(endpoint.ExternalDns, nameof(EndpointOptions.ExternalDns));
        var resolvers = Endpoints(endpoint.Resolvers, nameof(EndpointOptions.Resolvers));
        var expect = Addresses(endpoint.ExpectAddresses, nameof(EndpointOptions.ExpectAddresses));
        var publicAddresses = Addresses(endpoint.PublicAddresses, nameof(EndpointOptions.PublicAddresses));

        IPAddress? address = null;
        if (!string.IsNullOrWhiteSpace(endpoint.Address))
        {
            var parsed = IpAddressText.Parse(endpoint.Address);
            if (parsed.Ok)
            {
                address = parsed.Value;
            }
            else
            {
                errors.Add(new InputError(names.NameOf(nameof(EndpointOptions.Address)), endpoint.Address, parsed.Expected));
            }
        }

        var ports = Ports(endpoint.Ports);
        var roots = endpoint.TrustedRoots.SelectMany((path, i) =>
        {
            var parsed = CertificateFiles.ReadAll(path);
            if (!parsed.Ok)
            {
                errors.Add(new InputError(names.NameOf(nameof(EndpointOptions.TrustedRoots), i), path, parsed.Expected));
                return [];
            }

            return parsed.Value;
        }).ToList();

        CertificateFile? certificate = null;
        if (endpoint.Certificate is not null)
        {
            var parsed = CertificateFiles.ReadServerCertificate(endpoint.Certificate);
            if (parsed.Ok)
            {
                certificate = parsed.Value;
            }
            else
            {
                errors.Add(new InputError(names.NameOf(nameof(EndpointOptions.Certificate)), endpoint.Certificate, parsed.Expected));
            }
        }

        var limits = Thresholds(thresholds, errors);
        if (errors.Count > 0)
        {
            return TargetResult.Invalid(errors);
        }

        return TargetResult.Valid(new CheckTarget
        {
            Name = string.IsNullOrWhiteSpace(endpoint.Name) ? fqdn.Value! : endpoint.Name.Trim(),
            Fqdn = fqdn.Value!,
            Protocols = protocols,
            InternalDns = internalDns,
            ExternalDns = externalDns,
            Resolvers = resolvers,
            ExpectAddresses = expect,
            PublicAddresses = publicAddresses,
            Address = address,
            Ports = ports,
            TrustedRoots = roots,
            CertificateFile = certificate,
            Thresholds = limits,
        });

        List<IPEndPoint> Endpoints(IList<string> values, string field)
        {
            var result = new List<IPEndPoint>(values.Count);
            for (var i = 0; i < values.Count; i++)
            {
                var parsed = ServerEndpoint.Parse(values[i]);
                if (parsed.Ok)
                {
                    result.Add(parsed.Value);
                }
                else
                {
                    errors.Add(new InputError(names.NameOf(field, i), values[i] ?? string.Empty, parsed.Expected));
                }
            }

            return result;
        }

        List<IPAddress> Addresses(IList<string> values, string field)
        {
            var result = new List<IPAddress>(values.Count);
            for (var i = 0; i < values.Count; i++)
            {
                var parsed = IpAddressText.Parse(values[i]);
                if (parsed.Ok)
                {
                    result.Add(parsed.Value);
                }
                else
                {
                    errors.Add(new InputError(names.NameOf(field, i), values[i] ?? string.Empty, parsed.Expected));
                }
            }

            return result;
        }

        VpnPorts Ports(PortOptions options)
        {
            int Port(int value, string field)
            {
                if (value is >= 1 and <= 65535)
                {
                    return value;
                }

                errors.Add(new InputError(names.NameOf($"Ports:{field}"), value.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Localization.LocalizedText.Format(InputText.ResourceManager, nameof(InputText.ExpectedPort))));
                return 1;
            }

            return new VpnPorts
            {
                Ike = Port(options.Ike, nameof(PortOptions.Ike)),
                NatT = Port(options.NatT, nameof(PortOptions.NatT)),
                L2tp = Port(options.L2tp, nameof(PortOptions.L2tp)),
                Pptp = Port(options.Pptp, nameof(PortOptions.Pptp)),
                Sstp = Port(options.Sstp, nameof(PortOptions.Sstp)),
            };
        }
    }

    /// <summary>Validates the threshold settings; errors name the <c>Vpn:Thresholds</c> keys.</summary>
    public static CheckThresholds Thresholds(ThresholdOptions options, ICollection<InputError> errors)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(errors);
        var names = ArgumentNames.Thresholds;
        void Reject(string field, object value, string expected) =>
            errors.Add(new InputError(names.NameOf(field), Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
                Localization.LocalizedText.Format(InputText.ResourceManager, expected)));

        if (options.CertificateFailDays is < 0 or > 3650)
        {
            Reject(nameof(ThresholdOptions.CertificateFailDays), options.CertificateFailDays, nameof(InputText.ExpectedFailDays));
        }

        if (options.CertificateWarnDays < options.CertificateFailDays || options.CertificateWarnDays > 3650)
        {
            Reject(nameof(ThresholdOptions.CertificateWarnDays), options.CertificateWarnDays, nameof(InputText.ExpectedWarnDays));
        }

        if (options.MaxPublicTtl <= TimeSpan.Zero || options.MaxPublicTtl > TimeSpan.FromDays(7))
        {
            Reject(nameof(ThresholdOptions.MaxPublicTtl), options.MaxPublicTtl, nameof(InputText.ExpectedMaxTtl));
        }

        if (options.MaxCnameDepth is < 1 or > 32)
        {
            Reject(nameof(ThresholdOptions.MaxCnameDepth), options.MaxCnameDepth, nameof(InputText.ExpectedCnameDepth));
        }

        return new CheckThresholds
        {
            CertificateWarnDays = options.CertificateWarnDays,
            CertificateFailDays = options.CertificateFailDays,
            MaxPublicTtl = options.MaxPublicTtl,
            MaxCnameDepth = options.MaxCnameDepth,
        };
    }
}

/// <summary>A target, or every reason the settings could not make one.</summary>
public sealed record TargetResult(CheckTarget? Target, IReadOnlyList<InputError> Errors)
{
    public static TargetResult Valid(CheckTarget target) => new(target, []);

    public static TargetResult Invalid(IReadOnlyList<InputError> errors) => new(null, errors);
}
