using System.Text;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Diagnostics.Input;

/// <summary>A value that was rejected: which argument, what it held, and what was expected there.</summary>
public sealed record InputError(string Argument, string Value, LocalizedText Expected)
{
    private const int MaxShownLength = 60;

    /// <summary>One line naming the argument and what it expects, safe to print (long or hostile values are shortened and escaped).</summary>
    public string Message(Language language) =>
        LocalizedText.Format(InputText.ResourceManager, nameof(InputText.InvalidValue), Argument, Shown(Value), Expected[language])[language];

    /// <summary>Shortens the value and escapes control and bidirectional characters so a hostile value cannot rewrite the terminal line it is printed on.</summary>
    public static string Shown(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder();
        foreach (var rune in value.EnumerateRunes())
        {
            if (builder.Length >= MaxShownLength)
            {
                builder.Append('…');
                break;
            }

            var category = Rune.GetUnicodeCategory(rune);
            if (Rune.IsControl(rune) || category is System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator)
            {
                builder.Append(rune.Value <= 0xFFFF ? $"\\u{rune.Value:X4}" : $"\\U{rune.Value:X8}");
            }
            else
            {
                builder.Append(rune.ToString());
            }
        }

        return builder.ToString();
    }
}
