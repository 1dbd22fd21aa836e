using VpnBot.Diagnostics.Configuration;
using VpnBot.Diagnostics.Input;

namespace VpnBot.Cli.Binding;

/// <summary>Finds the configured endpoint the command line names: by its Name first, else by its Fqdn.</summary>
internal static class EndpointSelector
{
    /// <summary>The index of the endpoint in <paramref name="endpoints"/>, or -1.</summary>
    public static int Find(IList<EndpointOptions> endpoints, string selector)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var wanted = selector.Trim();
        for (var i = 0; i < endpoints.Count; i++)
        {
            if (string.Equals(endpoints[i].Name?.Trim(), wanted, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        // Compare names the way clients dial them: punycode, lower case, no trailing dot.
        var fqdn = HostName.Parse(wanted);
        if (!fqdn.Ok)
        {
            return -1;
        }

        for (var i = 0; i < endpoints.Count; i++)
        {
            var configured = HostName.Parse(endpoints[i].Fqdn);
            if (configured.Ok && string.Equals(configured.Value, fqdn.Value, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>How the endpoints are called, for the message when none matches.</summary>
    public static string Describe(IList<EndpointOptions> endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        const int Shown = 10;
        var names = endpoints.Select(e => string.IsNullOrWhiteSpace(e.Name) ? e.Fqdn : e.Name).Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => InputError.Shown(n!));
        var list = string.Join(", ", names.Take(Shown));
        return endpoints.Count > Shown ? list + ", …" : list;
    }
}
