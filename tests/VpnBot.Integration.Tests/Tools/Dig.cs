using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace VpnBot.Integration.Tests.Tools;

/// <summary>One record of dig's answer section.</summary>
public sealed record DigRecord(string Name, int Ttl, string Type, string Data);

/// <summary>What dig printed, read the way an administrator reads it: status, header flags, answer section.</summary>
public sealed partial record DigAnswer(string Status, IReadOnlySet<string> Flags, IReadOnlyList<DigRecord> Answers, string Output)
{
    public bool IsAuthoritative => Flags.Contains("aa");

    public IEnumerable<string> Data(string type) => Answers.Where(a => a.Type == type).Select(a => a.Data);

    public static DigAnswer Parse(string output)
    {
        var status = StatusPattern().Match(output) is { Success: true } s ? s.Groups[1].Value : "NO ANSWER";
        var flags = FlagsPattern().Match(output) is { Success: true } f
            ? f.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet()
            : [];
        var answers = new List<DigRecord>();
        var inAnswer = false;
        foreach (var line in output.Split('\n'))
        {
            if (line.StartsWith(";; ANSWER SECTION:", StringComparison.Ordinal))
            {
                inAnswer = true;
            }
            else if (inAnswer && (line.Length == 0 || line.StartsWith(';')))
            {
                inAnswer = false;
            }
            else if (inAnswer)
            {
                var fields = line.Split(['\t', ' '], 5, StringSplitOptions.RemoveEmptyEntries);
                answers.Add(new DigRecord(fields[0], int.Parse(fields[1], CultureInfo.InvariantCulture), fields[3], fields[4].Trim()));
            }
        }

        return new DigAnswer(status, flags, answers, output);
    }

    /// <summary>Asks <paramref name="server"/> without recursion (as for an authoritative server) unless told otherwise.</summary>
    public static async Task<DigAnswer> QueryAsync(IPEndPoint server, string name, string type = "A", bool recursion = false)
    {
        ArgumentNullException.ThrowIfNull(server);
        var result = await StandardTool.RunAsync(
            "dig", $"@{server.Address}", "-p", $"{server.Port}", recursion ? "+rec" : "+norec", "+time=1", "+tries=2", name, type);
        return Parse(result.Output);
    }

    public override string ToString() => Output;

    [GeneratedRegex(@"status: ([A-Z]+)")]
    private static partial Regex StatusPattern();

    [GeneratedRegex(@";; flags: ([a-z ]+);")]
    private static partial Regex FlagsPattern();
}
