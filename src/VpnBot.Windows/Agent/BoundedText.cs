using System.Text;

namespace VpnBot.Windows.Agent;

/// <summary>
/// Text read from the machine (event data, PowerShell output) as it may appear in a finding: one line,
/// no control characters, and short. Findings travel to chat cards and logs; raw output never does.
/// </summary>
internal static class BoundedText
{
    /// <summary>The longest value a finding carries from what the machine reported.</summary>
    public const int MaxLength = 160;

    public static string Of(string? text, int maxLength = MaxLength)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(Math.Min(text.Length, maxLength + 1));
        var space = false;
        foreach (var c in text)
        {
            // Line breaks, tabs and other control or format characters (bidi overrides) become one space.
            if (char.IsWhiteSpace(c) || char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format)
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            if (builder.Length >= maxLength)
            {
                return builder.ToString(0, maxLength - 1) + "…";
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
