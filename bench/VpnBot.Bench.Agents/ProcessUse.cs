namespace VpnBot.Bench.Agents;

/// <summary>What a product process used: its memory (VmHWM is its peak over its whole life) and its CPU over the measured checks.</summary>
internal sealed record ProcessUse(string Name, MemoryFacts Memory, TimeSpan Cpu);
