using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using VpnBot.Cli.Localization;
using VpnBot.Diagnostics.Configuration;
using VpnBot.Diagnostics.Input;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Cli.Binding;

/// <summary>
/// Reads the <c>Vpn</c> section the way the host and the agent do (a JSON file, then <c>Vpn__</c>
/// environment variables on top), and rejects values the binder would fail on or silently drop with the
/// key path the user wrote, before binding.
/// </summary>
internal static class VpnConfigurationLoader
{
    private const string ConfigFlag = "--config";

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

    public static ConfigurationResult Load(string? path)
    {
        var builder = new ConfigurationBuilder();
        string? directory = null;
        if (path is not null)
        {
            var full = FullPath(path);
            if (full is null || !File.Exists(full))
            {
                return ConfigurationResult.Invalid(FileError(path));
            }

            directory = Path.GetDirectoryName(full);
            builder.AddJsonFile(full, optional: false, reloadOnChange: false);
        }

        builder.AddEnvironmentVariables();
        IConfigurationRoot root;
        try
        {
            root = builder.Build();
        }
        catch (InvalidDataException ex)
        {
            return ConfigurationResult.Invalid(JsonError(path!, ex));
        }
        catch (FormatException ex)
        {
            // Thrown for a key that occurs twice in one object.
            return ConfigurationResult.Invalid(JsonError(path!, ex));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ConfigurationResult.Invalid(FileError(path!));
        }

        var section = root.GetSection(VpnOptions.SectionName);
        var errors = new List<InputError>();
        var endpoints = section.GetSection(nameof(VpnOptions.Endpoints)).GetChildren().ToList();
        for (var i = 0; i < endpoints.Count; i++)
        {
            CheckEndpointShape(endpoints[i], errors);
        }

        var thresholds = section.GetSection(nameof(VpnOptions.Thresholds));
        foreach (var key in WholeNumberThresholds)
        {
            Reject(thresholds.GetSection(key), value => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _), nameof(CliText.ExpectedWholeNumber), errors);
        }

        Reject(thresholds.GetSection(nameof(ThresholdOptions.MaxPublicTtl)), value => TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out _), nameof(CliText.ExpectedConfigDuration), errors);

        TimeSpan? deadline = null;
        var deadlineSection = section.GetSection(nameof(VpnOptions.Deadline));
        if (deadlineSection.Value is { } deadlineText)
        {
            var parsed = Duration.Parse(deadlineText, VpnOptions.MinDeadline, VpnOptions.MaxDeadline);
            if (parsed.Ok)
            {
                deadline = parsed.Value;
            }
            else
            {
                errors.Add(new InputError(deadlineSection.Path, deadlineText, parsed.Expected));
            }
        }

        if (errors.Count > 0)
        {
            return ConfigurationResult.Invalid(errors);
        }

        var options = new VpnOptions();
        try
        {
            section.GetSection(nameof(VpnOptions.Endpoints)).Bind(options.Endpoints);
            options.Thresholds = thresholds.Get<ThresholdOptions>() ?? new ThresholdOptions();
        }
        catch (InvalidOperationException)
        {
            return ConfigurationResult.Invalid(new InputError(section.Path, string.Empty, Texts.Of(nameof(CliText.ExpectedConfigShape))));
        }

        if (directory is not null)
        {
            foreach (var endpoint in options.Endpoints)
            {
                RelativeTo(directory, endpoint);
            }
        }

        // The binder fills the list in child order; environment variables may leave gaps in the indexes.
        var keys = endpoints.Select((child, i) => int.TryParse(child.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var key) ? key : i).ToList();
        return new ConfigurationResult(new LoadedConfiguration(options, deadline, path is not null, keys), []);
    }

    private static void CheckEndpointShape(IConfigurationSection endpoint, List<InputError> errors)
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
            Reject(ports.GetSection(key), value => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _), InputExpectations.Port, errors);
        }
    }

    private static void Reject(IConfigurationSection value, Func<string, bool> valid, string cliText, List<InputError> errors) =>
        Reject(value, valid, Texts.Of(cliText), errors);

    private static void Reject(IConfigurationSection value, Func<string, bool> valid, LocalizedText expected, List<InputError> errors)
    {
        if (value.Value is { } text && !valid(text))
        {
            errors.Add(new InputError(value.Path, text, expected));
        }
    }

    /// <summary>Certificate paths in a configuration file are relative to the file, so the file works from any working directory.</summary>
    private static void RelativeTo(string directory, EndpointOptions endpoint)
    {
        for (var i = 0; i < endpoint.TrustedRoots.Count; i++)
        {
            endpoint.TrustedRoots[i] = Resolve(directory, endpoint.TrustedRoots[i]);
        }

        if (endpoint.Certificate is { } certificate)
        {
            endpoint.Certificate = Resolve(directory, certificate);
        }
    }

    private static string Resolve(string directory, string path) =>
        string.IsNullOrWhiteSpace(path) || Path.IsPathRooted(path) ? path : Path.Combine(directory, path);

    private static string? FullPath(string path)
    {
        if (string.IsNullOrWhiteSpace(path) || path.Contains('\0', StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException or IOException)
        {
            return null;
        }
    }

    private static IEnumerable<Exception> Causes(Exception ex)
    {
        for (var current = ex; current is not null; current = current.InnerException)
        {
            yield return current;
        }
    }

    private static InputError FileError(string path) => new(ConfigFlag, path, Texts.Of(nameof(CliText.ExpectedConfigFile)));

    private static InputError JsonError(string path, Exception ex)
    {
        // The file provider wraps the parser's exception, which knows the line (zero-based).
        var json = Causes(ex).OfType<JsonException>().FirstOrDefault();
        var expected = json?.LineNumber is { } line
            ? Texts.Of(nameof(CliText.ExpectedConfigJson), line + 1)
            : Texts.Of(nameof(CliText.ExpectedConfigJsonAnywhere));
        return new InputError(ConfigFlag, path, expected);
    }
}
