using System.Text;

namespace VpnBot.Windows.RrasConfig;

/// <summary>Reads a process's stream to its end, keeping at most a given number of characters.</summary>
internal static class BoundedReader
{
    /// <summary>
    /// Reads until the end of <paramref name="reader"/>. Past <paramref name="maxChars"/> it stops, or with
    /// <paramref name="drain"/> keeps reading and discards (so a chatty stderr cannot block the process on a
    /// full pipe). A stream closed under it (the process ended) ends the read with what was kept.
    /// </summary>
    public static async Task<(string Text, bool Truncated)> ReadAsync(TextReader reader, int maxChars, bool drain, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var kept = new StringBuilder();
        var truncated = false;
        var buffer = new char[4096];
        try
        {
            while (true)
            {
                var read = await reader.ReadAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return (kept.ToString(), truncated);
                }

                var room = maxChars - kept.Length;
                if (read > room)
                {
                    kept.Append(buffer, 0, Math.Max(room, 0));
                    truncated = true;
                    if (!drain)
                    {
                        return (kept.ToString(), true);
                    }

                    continue;
                }

                kept.Append(buffer, 0, read);
            }
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
            return (kept.ToString(), truncated);
        }
    }
}
