using VpnBot.Cli.CommandLine;
using VpnBot.Cli.Localization;
using VpnBot.Diagnostics.Configuration;
using VpnBot.Diagnostics.Input;

namespace VpnBot.Cli.Binding;

/// <summary>
/// Turns the <c>check</c> command line, and the configuration it points at, into a validated request.
/// Configured values are validated under their key paths (<c>Vpn:Endpoints:0:InternalDns:1</c>) and
/// flags under their flag names (<c>--dns</c>), so every error names what the user wrote.
/// </summary>
internal static class CheckRequestBinder
{
    private const string DeadlineFlag = "--deadline";

    public static CheckRequestResult Bind(CheckArguments flags)
    {
        ArgumentNullException.ThrowIfNull(flags);
        var loaded = VpnConfigurationLoader.Load(flags.Config);
        if (loaded.Configuration is not { } configuration)
        {
            return CheckRequestResult.Invalid(loaded.Errors);
        }

        var endpoints = configuration.Options.Endpoints;
        var thresholds = configuration.Options.Thresholds;
        var index = EndpointSelector.Find(endpoints, flags.Fqdn);
        var configured = index >= 0 ? endpoints[index] : null;
        var fqdnName = ArgumentNames.CommandLine.NameOf(nameof(EndpointOptions.Fqdn));
        if (configured is null && configuration.FromFile && endpoints.Count > 0)
        {
            // With a configuration file, a name that matches no endpoint is a typo, not a request to check another host.
            return CheckRequestResult.Invalid([new InputError(fqdnName, flags.Fqdn, Texts.Of(nameof(CliText.ExpectedEndpoint), EndpointSelector.Describe(endpoints)))]);
        }

        var errors = new List<InputError>();
        if (configured is not null)
        {
            errors.AddRange(CheckTargetFactory.Create(configured, thresholds, configuration.NamesOf(index)).Errors);
        }

        var fqdn = configured?.Fqdn ?? flags.Fqdn;
        var flagPorts = PortFlags.Apply(new PortOptions(), flags.Ports, errors);
        var flagsAlone = CheckTargetFactory.Create(
            CommandLineEndpoint.Merge(null, flags, fqdn, flagPorts),
            configured is null ? thresholds : new ThresholdOptions(),
            ArgumentNames.CommandLine);

        // A configured endpoint's name and thresholds were validated above under their key paths.
        errors.AddRange(configured is null ? flagsAlone.Errors : flagsAlone.Errors.Where(e => e.Argument != fqdnName));

        var deadline = configuration.Deadline ?? VpnOptions.DefaultDeadline;
        if (flags.Deadline is not null)
        {
            var parsed = Duration.Parse(flags.Deadline, VpnOptions.MinDeadline, VpnOptions.MaxDeadline);
            if (parsed.Ok)
            {
                deadline = parsed.Value;
            }
            else
            {
                errors.Add(new InputError(DeadlineFlag, flags.Deadline, parsed.Expected));
            }
        }

        if (errors.Count > 0)
        {
            return CheckRequestResult.Invalid(errors);
        }

        var ports = PortFlags.Apply(configured?.Ports ?? new PortOptions(), flags.Ports, errors);
        var merged = CheckTargetFactory.Create(CommandLineEndpoint.Merge(configured, flags, fqdn, ports), thresholds, ArgumentNames.CommandLine);
        return merged.Target is { } target
            ? new CheckRequestResult(new CheckRequest(target, deadline), [])
            : CheckRequestResult.Invalid(merged.Errors);
    }
}
