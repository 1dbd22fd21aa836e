using System.Globalization;

namespace VpnBot.Bench.Agents;

/// <summary>Resident memory of the processes a wrapper (GNU time) started, from <c>/proc</c>.</summary>
internal static class ChildMemory
{
    /// <summary>VmRSS of <paramref name="wrapper"/>'s children in kB; 0 for any that is already gone.</summary>
    public static long RssKb(int wrapper)
    {
        try
        {
            var children = File.ReadAllText(string.Create(CultureInfo.InvariantCulture, $"/proc/{wrapper}/task/{wrapper}/children"));
            return children.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Sum(child => Gone(() => MemoryFacts.Read(int.Parse(child, CultureInfo.InvariantCulture)).RssKb));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    // A process may end between listing and reading it.
    private static long Gone(Func<long> read)
    {
        try
        {
            return read();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }
}
