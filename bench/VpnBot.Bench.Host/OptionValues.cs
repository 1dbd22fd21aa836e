using System.Globalization;

namespace VpnBot.Bench.Host;

/// <summary>
/// Reads the benchmarks' option values: each returns false on a value out of shape (the caller prints its usage)
/// and leaves the target unchanged. Shared by the host and agents benchmarks.
/// </summary>
internal static class OptionValues
{
    public static bool Set(ref string? target, string value)
    {
        target = value;
        return true;
    }

    public static bool Positive(string text, ref int target)
    {
        var ok = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0;
        target = ok ? value : target;
        return ok;
    }

    public static bool Positive(string text, ref double target)
    {
        var ok = double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value > 0;
        target = ok ? value : target;
        return ok;
    }

    /// <summary>A share of the machine's cores, 0 to 1.</summary>
    public static bool Share(string text, ref double target)
    {
        var ok = double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1;
        target = ok ? value : target;
        return ok;
    }

    /// <summary>A comma-separated list of 1-based numbers, each at most <paramref name="max"/>.</summary>
    public static bool Numbers(string text, HashSet<int> numbers, int max = int.MaxValue)
    {
        foreach (var part in text.Split(','))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1 || number > max)
            {
                return false;
            }

            numbers.Add(number);
        }

        return true;
    }
}
