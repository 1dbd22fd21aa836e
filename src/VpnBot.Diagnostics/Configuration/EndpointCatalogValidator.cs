using Microsoft.Extensions.Options;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Diagnostics.Configuration;

/// <summary>
/// Rejects a configuration with an invalid endpoint, a duplicate name or an invalid deadline at start, with
/// one line per problem naming the configuration key (<c>Vpn:Endpoints:0:Fqdn</c>).
/// </summary>
public sealed class EndpointCatalogValidator : IValidateOptions<VpnOptions>
{
    public ValidateOptionsResult Validate(string? name, VpnOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        if (options.Deadline < VpnOptions.MinDeadline || options.Deadline > VpnOptions.MaxDeadline)
        {
            problems.Add($"{VpnOptions.SectionName}:Deadline: expected a duration between {VpnOptions.MinDeadline} and {VpnOptions.MaxDeadline}, got {options.Deadline}.");
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Endpoints.Count; i++)
        {
            var result = CheckTargetFactory.Create(options.Endpoints[i], options.Thresholds, ArgumentNames.Configuration(i));
            problems.AddRange(result.Errors.Select(e => e.Message(Language.English)));
            for (var s = 0; s < options.Endpoints[i].Sites.Count; s++)
            {
                if (!SiteNames.IsValid(options.Endpoints[i].Sites[s]))
                {
                    problems.Add($"{VpnOptions.SectionName}:Endpoints:{i}:Sites:{s}: expected {SiteNames.Expected}, got '{options.Endpoints[i].Sites[s]}'.");
                }
            }

            if (result.Target is { } target && !names.Add(target.Name))
            {
                problems.Add($"{VpnOptions.SectionName}:Endpoints:{i}:Name: the name '{target.Name}' is used by an earlier endpoint; names must be unique.");
            }
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
