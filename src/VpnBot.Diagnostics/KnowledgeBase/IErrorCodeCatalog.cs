namespace VpnBot.Diagnostics.KnowledgeBase;

/// <summary>The error-code knowledge base the bot, the CLI and the diagnosis share.</summary>
public interface IErrorCodeCatalog
{
    /// <summary>Every known code, in ascending order of canonical code.</summary>
    IReadOnlyList<ErrorCodeEntry> All { get; }

    /// <summary>
    /// Looks up a code as a user writes it: decimal (<c>868</c>), hex (<c>0x364</c>, <c>0x80070364</c>,
    /// <c>0x800B0109</c>) or a negative-decimal HRESULT as event logs print it (<c>-2147024028</c>).
    /// HRESULTs wrapping a Win32 code (<c>0x8007xxxx</c>) resolve to that code.
    /// </summary>
    ErrorCodeLookup Find(string text);
}

/// <summary>The result of a lookup: the entry, or why there is none.</summary>
public sealed record ErrorCodeLookup(ErrorCodeEntry? Entry, ErrorCodeLookupFailure Failure, string? NormalizedCode)
{
    public bool Found => Entry is not null;
}

public enum ErrorCodeLookupFailure
{
    None,

    /// <summary>The text is not a number in any accepted form.</summary>
    NotACode,

    /// <summary>A well-formed code that the knowledge base does not describe.</summary>
    Unknown,
}
