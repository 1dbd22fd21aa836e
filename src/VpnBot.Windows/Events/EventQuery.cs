using System.Globalization;
using System.Text.RegularExpressions;

namespace VpnBot.Windows.Events;

/// <summary>
/// Recent events of one provider in one log: the XPath Event Viewer's "Filter Current Log → XML" writes,
/// built only from constants and the validated window, never from user or configuration text.
/// </summary>
/// <param name="LogName">System, Application or Security.</param>
/// <param name="Provider">The provider name as the System/Provider/@Name of its events.</param>
/// <param name="EventIds">The event ids wanted.</param>
/// <param name="Window">How far back: <c>timediff(@SystemTime)</c> is in milliseconds.</param>
/// <param name="MaxEvents">The most records read, newest first.</param>
internal sealed partial record EventQuery(string LogName, string Provider, IReadOnlyList<int> EventIds, TimeSpan Window, int MaxEvents)
{
    public string XPath
    {
        get
        {
            // Constants all, but the query language has no escaping: refuse anything that could end the literal.
            if (!SafeName().IsMatch(Provider) || EventIds.Count == 0)
            {
                throw new InvalidOperationException($"'{Provider}' is not a provider name an event query can carry.");
            }

            var ids = string.Join(" or ", EventIds.Select(id => "EventID=" + id.ToString(CultureInfo.InvariantCulture)));
            var ms = ((long)Window.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
            return $"*[System[Provider[@Name='{Provider}'] and ({ids}) and TimeCreated[timediff(@SystemTime) <= {ms}]]]";
        }
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9-]*$")]
    private static partial Regex SafeName();
}
