namespace VpnBot.Bot.Cards;

/// <summary>
/// The <c>Action.Execute</c> verbs the bot's cards carry, and the data keys each sends. A verb arrives
/// back as an <c>adaptiveCard/action</c> invoke and is routed like a command.
/// </summary>
public static class Verbs
{
    /// <summary>Runs the checks of an endpoint again. Data: <see cref="EndpointKey"/>, optionally <see cref="ChecksKey"/>.</summary>
    public const string Check = "check.run";

    /// <summary>Sends the triage answers. Inputs: <see cref="CodeKey"/>, <see cref="ConnectionKey"/>, <see cref="NetworkKey"/>.</summary>
    public const string Triage = "triage.submit";

    public const string Approve = "remediation.approve";

    public const string Refuse = "remediation.refuse";

    /// <summary>The remediation request a button decides.</summary>
    public const string RequestKey = "request";

    public const string EndpointKey = "endpoint";

    /// <summary>Comma-separated check ids: only these are run (the "confirm with" checks of an error code).</summary>
    public const string ChecksKey = "checks";

    public const string CodeKey = "code";

    public const string ConnectionKey = "connection";

    public const string NetworkKey = "network";
}
