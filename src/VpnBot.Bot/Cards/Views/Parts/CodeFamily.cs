namespace VpnBot.Bot.Cards.Views.Parts;

/// <summary>What an employee can do about an error depends on where it comes from, not on the exact code.</summary>
internal enum CodeFamily
{
    /// <summary>No code given.</summary>
    None,

    /// <summary>A code the advice has no family for: general steps.</summary>
    Unclassified,

    /// <summary>The name of the VPN server does not resolve (868).</summary>
    NameResolution,

    /// <summary>Nothing comes back: a network on the way, often the one the employee is on, drops VPN traffic.</summary>
    Blocked,

    /// <summary>The server's (or the user's) certificate is refused: IT fixes it; the employee must not bypass warnings.</summary>
    Certificate,

    /// <summary>User name or password refused.</summary>
    SignIn,

    /// <summary>A server or profile setting only IT can change.</summary>
    ItSetting,

    /// <summary>Something on the employee's PC: a stopped service, a missing VPN device.</summary>
    ThisPc,
}

internal static class CodeFamilies
{
    private static readonly Dictionary<string, CodeFamily> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["868"] = CodeFamily.NameResolution,

        ["619"] = CodeFamily.Blocked,
        ["792"] = CodeFamily.Blocked,
        ["800"] = CodeFamily.Blocked,
        ["806"] = CodeFamily.Blocked,
        ["809"] = CodeFamily.Blocked,
        ["13805"] = CodeFamily.Blocked,

        ["787"] = CodeFamily.Certificate,
        ["810"] = CodeFamily.Certificate,
        ["835"] = CodeFamily.Certificate,
        ["853"] = CodeFamily.Certificate,
        ["864"] = CodeFamily.Certificate,
        ["13801"] = CodeFamily.Certificate,
        ["13806"] = CodeFamily.Certificate,
        ["0x80070040"] = CodeFamily.Certificate,
        ["0x80092010"] = CodeFamily.Certificate,
        ["0x80092013"] = CodeFamily.Certificate,
        ["0x800B0101"] = CodeFamily.Certificate,
        ["0x800B0109"] = CodeFamily.Certificate,
        ["0x800B010A"] = CodeFamily.Certificate,
        ["0x800B010F"] = CodeFamily.Certificate,

        ["691"] = CodeFamily.SignIn,

        ["720"] = CodeFamily.ItSetting,
        ["732"] = CodeFamily.ItSetting,
        ["788"] = CodeFamily.ItSetting,
        ["789"] = CodeFamily.ItSetting,
        ["811"] = CodeFamily.ItSetting,
        ["812"] = CodeFamily.ItSetting,
        ["13868"] = CodeFamily.ItSetting,

        ["609"] = CodeFamily.ThisPc,
        ["827"] = CodeFamily.ThisPc,
    };

    /// <summary>The family of a canonical code (<c>868</c>, <c>0x800B0109</c>); <see cref="CodeFamily.None"/> without a code.</summary>
    public static CodeFamily Of(string? code) =>
        code is null ? CodeFamily.None : Known.GetValueOrDefault(code, CodeFamily.Unclassified);
}
