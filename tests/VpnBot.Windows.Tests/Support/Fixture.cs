namespace VpnBot.Windows.Tests.Support;

/// <summary>The recorded Windows outputs under Fixtures/, read as the bytes Windows wrote them.</summary>
internal static class Fixture
{
    public static string Text(string relativePath) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", relativePath));

    /// <summary>A <c>wevtutil qe /f:xml</c> file: one event per line.</summary>
    public static IReadOnlyList<string> EventLines(string relativePath) =>
        Text(relativePath).Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries);
}
