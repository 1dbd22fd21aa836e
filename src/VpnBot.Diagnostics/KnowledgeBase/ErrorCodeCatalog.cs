namespace VpnBot.Diagnostics.KnowledgeBase;

/// <summary>
/// The knowledge base shipped in <c>error-codes.json</c>, parsed once per process and indexed by code.
/// </summary>
public sealed class ErrorCodeCatalog : IErrorCodeCatalog
{
    private static readonly Lazy<ErrorCodeCatalog> Shipped = new(() => new ErrorCodeCatalog(ErrorCodeDocument.LoadEmbedded()));

    private readonly Dictionary<uint, ErrorCodeEntry> _byValue;

    internal ErrorCodeCatalog(IEnumerable<ErrorCodeEntry> entries)
    {
        _byValue = [];
        foreach (var entry in entries)
        {
            if (!ErrorCodeText.TryParse(entry.Code, out var value))
            {
                throw new InvalidDataException($"'{entry.Code}' in the error-code knowledge base is not a code.");
            }

            if (!_byValue.TryAdd(value, entry))
            {
                throw new InvalidDataException($"The error-code knowledge base describes {entry.Code} twice.");
            }
        }

        All = [.. _byValue.OrderBy(pair => pair.Key).Select(pair => pair.Value)];
    }

    /// <summary>The catalog built from the knowledge base in this assembly; the file is read on first use only.</summary>
    public static ErrorCodeCatalog Default => Shipped.Value;

    public IReadOnlyList<ErrorCodeEntry> All { get; }

    public ErrorCodeLookup Find(string text)
    {
        if (!ErrorCodeText.TryParse(text, out var value))
        {
            return new ErrorCodeLookup(null, ErrorCodeLookupFailure.NotACode, null);
        }

        // An HRESULT the VPN client reports in its own right (0x80070040: missing Server Authentication
        // EKU) is described under that HRESULT; any other 0x8007xxxx is the Win32 code it wraps.
        var win32 = ErrorCodeText.Unwrap(value);
        if (_byValue.TryGetValue(value, out var entry) || _byValue.TryGetValue(win32, out entry))
        {
            return new ErrorCodeLookup(entry, ErrorCodeLookupFailure.None, entry.Code);
        }

        return new ErrorCodeLookup(null, ErrorCodeLookupFailure.Unknown, ErrorCodeText.Format(win32));
    }
}
