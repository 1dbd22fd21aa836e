namespace VpnBot.Bot.Cards.Model;

public sealed record TextBlock(string Text) : CardElement
{
    public TextSize? Size { get; init; }

    public TextWeight? Weight { get; init; }

    public TextColor? Color { get; init; }

    public bool? IsSubtle { get; init; }

    /// <summary>Long summaries must wrap; a one-line block would cut a finding's reason off.</summary>
    public bool? Wrap { get; init; } = true;

    public int? MaxLines { get; init; }

    public TextBlockStyle? Style { get; init; }

    public FontType? FontType { get; init; }
}

public sealed record RichTextBlock(IReadOnlyList<TextRun> Inlines) : CardElement;

/// <summary>A run of plain text: unlike a <see cref="TextBlock"/>, hosts never read markdown in it, so text from users and servers stays as written.</summary>
public sealed record TextRun(string Text)
{
    public string Type { get; } = "TextRun";

    public TextSize? Size { get; init; }

    public TextWeight? Weight { get; init; }

    public TextColor? Color { get; init; }

    public bool? IsSubtle { get; init; }

    public FontType? FontType { get; init; }
}

public sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement;

public sealed record Fact(string Title, string Value);

public sealed record Container(IReadOnlyList<CardElement> Items) : CardElement
{
    public ContainerStyle? Style { get; init; }

    public bool? Bleed { get; init; }

    /// <summary>What a click anywhere on the container does (a row that shows its details).</summary>
    public CardAction? SelectAction { get; init; }
}

public sealed record ColumnSet(IReadOnlyList<Column> Columns) : CardElement
{
    /// <summary>What a click anywhere on the row does (a row that shows its details).</summary>
    public CardAction? SelectAction { get; init; }
}

public sealed record Column(IReadOnlyList<CardElement> Items)
{
    public string Type { get; } = "Column";

    /// <summary><c>auto</c>, <c>stretch</c> or a weight such as <c>"2"</c>.</summary>
    public string? Width { get; init; }

    public VerticalAlignment? VerticalContentAlignment { get; init; }
}

public sealed record ActionSet(IReadOnlyList<CardAction> Actions) : CardElement;

/// <summary>A grid with a header row (schema 1.5): rows of cells under columns of relative widths.</summary>
public sealed record Table(IReadOnlyList<TableColumn> Columns, IReadOnlyList<TableRow> Rows) : CardElement
{
    /// <summary>Colours the grid lines (and the header row) by a container style; the host's default when null.</summary>
    public ContainerStyle? GridStyle { get; init; }

    public VerticalAlignment? VerticalCellContentAlignment { get; init; }
}

/// <param name="Width">A weight: the column's share of the table's width, relative to the others'.</param>
public sealed record TableColumn(int Width);

public sealed record TableRow(IReadOnlyList<TableCell> Cells)
{
    public string Type { get; } = "TableRow";

    public ContainerStyle? Style { get; init; }
}

public sealed record TableCell(IReadOnlyList<CardElement> Items)
{
    public string Type { get; } = "TableCell";
}
