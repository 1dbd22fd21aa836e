using VpnBot.Diagnostics.Localization;

namespace VpnBot.Diagnostics.Input;

/// <summary>
/// What each kind of input expects, in both languages: the same words the parsers use when they reject
/// a value, for front ends that report a value missing rather than wrong.
/// </summary>
public static class InputExpectations
{
    public static LocalizedText HostName { get; } = Of(nameof(InputText.ExpectedHostName));

    public static LocalizedText IpAddress { get; } = Of(nameof(InputText.ExpectedIpAddress));

    public static LocalizedText ServerEndpoint { get; } = Of(nameof(InputText.ExpectedServerEndpoint));

    public static LocalizedText Port { get; } = Of(nameof(InputText.ExpectedPort));

    public static LocalizedText Protocols { get; } = Of(nameof(InputText.ExpectedProtocols));

    public static LocalizedText PortOverride { get; } = Of(nameof(InputText.ExpectedPortOverride));

    public static LocalizedText PemFile { get; } = Of(nameof(InputText.ExpectedPemFile));

    public static LocalizedText Language { get; } = Of(nameof(InputText.ExpectedLanguage));

    public static LocalizedText ErrorCode { get; } = Of(nameof(InputText.ExpectedErrorCode));

    private static LocalizedText Of(string name) => LocalizedText.Format(InputText.ResourceManager, name);
}
