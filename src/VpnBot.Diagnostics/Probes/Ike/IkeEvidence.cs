using System.Globalization;

namespace VpnBot.Diagnostics.Probes.Ike;

/// <summary>Evidence in the order it was gathered; the first key is always <see cref="ProbeOutcome.Key"/>.</summary>
internal sealed class IkeEvidence
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public IkeEvidence(string outcome) => _values[ProbeOutcome.Key] = outcome;

    public IkeEvidence Set(string key, string value)
    {
        _values[key] = value;
        return this;
    }

    public IkeEvidence Set(string key, long value) => Set(key, value.ToString(CultureInfo.InvariantCulture));

    public IReadOnlyDictionary<string, string> Values => _values;
}
