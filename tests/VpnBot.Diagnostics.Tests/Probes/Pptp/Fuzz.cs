namespace VpnBot.Diagnostics.Tests.Probes.Pptp;

/// <summary>
/// Deterministic fuzz inputs for reply parsers: random bytes, and real replies mutated the ways a broken
/// or hostile peer would (bit flips, overwritten, inserted and deleted bytes, truncation, junk appended,
/// length fields pushed to their edges, splices of two replies).
/// </summary>
public static class Fuzz
{
    public static IEnumerable<byte[]> Cases(int seed, IReadOnlyList<byte[]> seeds, int random, int mutations, int maxRandomLength = 300)
    {
        var rng = new Random(seed);
        for (var i = 0; i < random; i++)
        {
            var bytes = new byte[rng.Next(0, maxRandomLength)];
            rng.NextBytes(bytes);
            yield return bytes;
        }

        for (var i = 0; i < mutations; i++)
        {
            var original = seeds[rng.Next(seeds.Count)];
            var bytes = original.ToArray();
            var rounds = rng.Next(1, 5);
            for (var r = 0; r < rounds; r++)
            {
                bytes = Mutate(rng, bytes, seeds);
            }

            yield return bytes;
        }
    }

    private static byte[] Mutate(Random rng, byte[] bytes, IReadOnlyList<byte[]> seeds)
    {
        if (bytes.Length == 0)
        {
            return [(byte)rng.Next(256)];
        }

        var at = rng.Next(bytes.Length);
        switch (rng.Next(8))
        {
            case 0:
                bytes[at] ^= (byte)(1 << rng.Next(8));
                return bytes;
            case 1:
                bytes[at] = (byte)rng.Next(256);
                return bytes;
            case 2:
                return [.. bytes[..at], (byte)rng.Next(256), .. bytes[at..]];
            case 3:
                return [.. bytes[..at], .. bytes[(at + 1)..]];
            case 4:
                return bytes[..at];
            case 5:
                var junk = new byte[rng.Next(1, 64)];
                rng.NextBytes(junk);
                return [.. bytes, .. junk];
            case 6:
                // Length and count fields sit at the start of headers: push a 16-bit one to an edge.
                if (bytes.Length >= 2)
                {
                    var edge = rng.Next(4) switch { 0 => 0x0000, 1 => 0xFFFF, 2 => bytes.Length + 1, _ => bytes.Length - 1 };
                    var field = rng.Next(Math.Min(bytes.Length - 1, 16));
                    bytes[field] = (byte)(edge >> 8);
                    bytes[field + 1] = (byte)edge;
                }

                return bytes;
            default:
                var other = seeds[rng.Next(seeds.Count)];
                return [.. bytes[..at], .. other[Math.Min(at, other.Length)..]];
        }
    }
}
