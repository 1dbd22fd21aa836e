using System.Collections;
using System.Globalization;

namespace VpnBot.Cli.Hosting;

/// <summary>What the command reads from the process it runs in: the machine name, the UI culture and environment variables.</summary>
/// <param name="MachineName">The vantage point reports name.</param>
/// <param name="UiCulture">The user's display language.</param>
/// <param name="Variables">Environment variables (the locale ones and the log level).</param>
internal sealed record CliEnvironment(string MachineName, CultureInfo UiCulture, IReadOnlyDictionary<string, string> Variables)
{
    public string? Variable(string name) => Variables.TryGetValue(name, out var value) ? value : null;

    public static CliEnvironment FromProcess()
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            if (entry.Key is string key && entry.Value is string value)
            {
                variables[key] = value;
            }
        }

        return new CliEnvironment(Environment.MachineName, CultureInfo.CurrentUICulture, variables);
    }
}
