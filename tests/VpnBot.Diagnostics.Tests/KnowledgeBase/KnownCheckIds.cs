using System.Reflection;
using VpnBot.Diagnostics.Checks;

namespace VpnBot.Diagnostics.Tests.KnowledgeBase;

/// <summary>Every check id <see cref="CheckIds"/> declares, including the agent-only ones outside <see cref="CheckIds.Core"/>.</summary>
internal static class KnownCheckIds
{
    public static IReadOnlySet<string> All { get; } = typeof(CheckIds)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.IsLiteral && field.FieldType == typeof(string))
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToHashSet(StringComparer.Ordinal);
}
