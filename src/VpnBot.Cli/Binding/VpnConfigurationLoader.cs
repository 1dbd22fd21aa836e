using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using VpnBot.Cli.Localization;
using VpnBot.Diagnostics.Configuration;
using VpnBot.Diagnostics.Input;

namespace VpnBot.Cli.Binding;

/// <summary>
/// Reads the <c>Vpn</c> section the way the host and the agent do (a JSON file, then <c>Vpn__</c>
/// environment variables on top), checks its shape (<see cref="ConfigurationShape"/>), then binds it.
/// </summary>
internal static class VpnConfigurationLoader
{
    private const string ConfigFlag = "--config";

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
        var thresholds = section.GetSection(nameof(VpnOptions.Thresholds));
        ConfigurationShape.Check(endpoints, thresholds, errors);

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
