using Microsoft.Extensions.Options;

namespace VpnBot.Bot.Configuration;

/// <summary>Stops the host at start when <c>Vpn:Bot</c> holds a value no request could work with.</summary>
public sealed class BotOptionsValidator : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        if (!Enum.IsDefined(options.HostVantage))
        {
            problems.Add($"{BotOptions.SectionName}:HostVantage: expected Inside or Outside.");
        }

        if (options.MaxMessageLength is < 16 or > 100_000)
        {
            problems.Add($"{BotOptions.SectionName}:MaxMessageLength: expected 16 to 100000 characters, got {options.MaxMessageLength}.");
        }

        Blank(options.ItAdmins, nameof(BotOptions.ItAdmins));
        Blank(options.ItTeams, nameof(BotOptions.ItTeams));
        Blank(options.AllowedTenants, nameof(BotOptions.AllowedTenants));
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);

        void Blank(IList<string> values, string key)
        {
            for (var i = 0; i < values.Count; i++)
            {
                if (string.IsNullOrWhiteSpace(values[i]))
                {
                    problems.Add($"{BotOptions.SectionName}:{key}:{i}: expected an id, got an empty value.");
                }
            }
        }
    }
}
