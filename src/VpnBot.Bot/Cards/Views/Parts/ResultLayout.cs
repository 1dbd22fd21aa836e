namespace VpnBot.Bot.Cards.Views.Parts;

/// <summary>How much of a report the result card shows; <see cref="RichestFirst"/> trades detail for size step by step.</summary>
/// <param name="Causes">Likely causes and how much of each.</param>
/// <param name="Primary">The rows shown open: the problems, or every finding when there is none.</param>
/// <param name="PrimaryRows">Most primary rows; the rest are counted.</param>
/// <param name="Secondary">How the passed and skipped findings are shown under their toggle, when there are problems.</param>
internal sealed record ResultLayout(CauseLimits Causes, RowLimits Primary, int PrimaryRows, SecondaryStyle Secondary)
{
    /// <remarks>
    /// Passed and skipped findings never carry details when there are problems: the budget goes to what is wrong.
    /// The last layout fits sixty findings and eight causes of the longest texts in Japanese (see the size tests).
    /// </remarks>
    public static IReadOnlyList<ResultLayout> RichestFirst { get; } =
    [
        new(new(5, 600, 6, 400, 6), new(400, 12, 200, 5, 400), 60, SecondaryStyle.Rows),
        new(new(5, 600, 6, 400, 6), new(400, 12, 200, 5, 400), 60, SecondaryStyle.List),
        new(new(5, 500, 5, 300, 6), new(300, 8, 120, 3, 300), 40, SecondaryStyle.List),
        new(new(4, 400, 4, 240, 5), new(240, 5, 80, 2, 240), 30, SecondaryStyle.List),
        new(new(3, 300, 3, 200, 4), new(200, 3, 60, 1, 200), 20, SecondaryStyle.Count),
        new(new(3, 240, 3, 160, 3), RowLimits.Compact with { Summary = 160 }, 15, SecondaryStyle.Count),
        new(new(2, 200, 2, 140, 3), RowLimits.Compact with { Summary = 120 }, 10, SecondaryStyle.Count),
        new(new(1, 200, 2, 120, 2), RowLimits.Compact with { Summary = 100 }, 8, SecondaryStyle.Count),
    ];
}

/// <summary>How the result card shows the findings that passed or were skipped, beside problems.</summary>
internal enum SecondaryStyle
{
    /// <summary>A row each, as the problems (without details).</summary>
    Rows,

    /// <summary>One compact list: check id and summary.</summary>
    List,

    /// <summary>Only their number.</summary>
    Count,
}
