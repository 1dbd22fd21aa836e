using VpnBot.Diagnostics.Input;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Cli.Localization;

/// <summary>
/// What each kind of value expects, in the core's own words (its <c>InputText</c> resources), so a
/// message about a missing value reads the same as one about a wrong value.
/// </summary>
internal static class InputExpectations
{
    public static LocalizedText HostName { get; } = Of("ExpectedHostName");

    public static LocalizedText IpAddress { get; } = Of("ExpectedIpAddress");

    public static LocalizedText ServerEndpoint { get; } = Of("ExpectedServerEndpoint");

    public static LocalizedText Port { get; } = Of("ExpectedPort");

    public static LocalizedText Protocols { get; } = Of("ExpectedProtocols");

    public static LocalizedText PortOverride { get; } = Of("ExpectedPortOverride");

    public static LocalizedText PemFile { get; } = Of("ExpectedPemFile");

    public static LocalizedText Language { get; } = Of("ExpectedLanguage");

    public static LocalizedText ErrorCode { get; } = Of("ExpectedErrorCode");

    // Parsed<T>.Failure renders a resource of the core's InputText in both languages; the names are pinned by a test.
    private static LocalizedText Of(string inputTextName) => Parsed<bool>.Failure(inputTextName).Expected!;
}
