using System.Globalization;
using Microsoft.Extensions.Options;

namespace VpnBot.Windows.Configuration;

/// <summary>Stops the agent at start with a sentence naming the key when the events section is unusable.</summary>
internal sealed class AgentEventsOptionsValidator : IValidateOptions<AgentEventsOptions>
{
    public ValidateOptionsResult Validate(string? name, AgentEventsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        const string Section = AgentEventsOptions.SectionName;
        var failures = new List<string>();
        if (options.Window < AgentEventsOptions.MinWindow || options.Window > AgentEventsOptions.MaxWindow)
        {
            failures.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"{Section}:Window is {options.Window}; give a time span from {AgentEventsOptions.MinWindow} to {AgentEventsOptions.MaxWindow} (default {AgentEventsOptions.DefaultWindow})."));
        }

        if (options.MaxEvents is < 1 or > AgentEventsOptions.MaxMaxEvents)
        {
            failures.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"{Section}:MaxEvents is {options.MaxEvents}; give a number from 1 to {AgentEventsOptions.MaxMaxEvents} (default {AgentEventsOptions.DefaultMaxEvents})."));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
