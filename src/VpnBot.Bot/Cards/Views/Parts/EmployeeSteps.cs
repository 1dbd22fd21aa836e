using VpnBot.Bot.Cards.Text;

namespace VpnBot.Bot.Cards.Views.Parts;

/// <summary>
/// The steps an employee can take themselves, chosen from the error's family, the network they are on and
/// their connection's VPN type; the last step always says what to tell IT. Nothing here names a server.
/// </summary>
internal static class EmployeeSteps
{
    /// <param name="closing">False leaves out the last step (what to tell IT) for a card that says it in its own words.</param>
    public static IReadOnlyList<string> For(CodeFamily family, ConnectionType connection, NetworkKind network, Words triage, bool closing = true)
    {
        var steps = new List<string>();
        void Add(string name, params object?[] args) => steps.Add(triage[name, args]);

        switch (family)
        {
            case CodeFamily.NameResolution:
                // A hotel's sign-in page answers every name itself until it is accepted: 868 on public Wi-Fi is often that.
                if (network == NetworkKind.PublicWifi)
                {
                    Add(nameof(TriageText.StepPublicWifiSignIn));
                }

                Add(nameof(TriageText.StepFlushDns));
                Add(nameof(TriageText.StepCheckServerName));
                Add(nameof(TriageText.StepCheckInternet));
                break;
            // Certificates, server settings and a broken VPN set-up end with "contact IT" already.
            case CodeFamily.Certificate:
                Add(nameof(TriageText.StepCertClock));
                Add(nameof(TriageText.StepCertNoBypass));
                Add(nameof(TriageText.StepCertContactIt));
                return steps;
            case CodeFamily.SignIn:
                Add(nameof(TriageText.StepSignInCheck));
                Add(nameof(TriageText.StepSignInKeyboard));
                break;
            case CodeFamily.ItSetting:
                Add(nameof(TriageText.StepItSetting));
                Add(nameof(TriageText.StepNoChanges));
                return steps;
            case CodeFamily.ThisPc:
                Add(nameof(TriageText.StepRestartPc));
                Add(nameof(TriageText.StepPcSetupIt));
                return steps;
            case CodeFamily.Blocked:
                AddInternet(steps, network, triage);
                AddNetwork(steps, network, triage);
                AddConnection(steps, connection, network, triage);
                break;
            default:
                if (family == CodeFamily.None)
                {
                    Add(nameof(TriageText.StepNoCode));
                }

                AddInternet(steps, network, triage);
                AddNetwork(steps, network, triage);
                AddConnection(steps, connection, network, triage);
                Add(nameof(TriageText.StepFlushDns));
                break;
        }

        if (closing)
        {
            Add(nameof(TriageText.StepStillStuck));
        }

        return steps;
    }

    /// <summary>Is the internet there at all? On public Wi-Fi the sign-in page step asks the same, so it is left to that.</summary>
    private static void AddInternet(List<string> steps, NetworkKind network, Words triage)
    {
        if (network != NetworkKind.PublicWifi)
        {
            steps.Add(triage[nameof(TriageText.StepCheckInternet)]);
        }
    }

    private static void AddNetwork(List<string> steps, NetworkKind network, Words triage)
    {
        switch (network)
        {
            case NetworkKind.Home:
                steps.Add(triage[nameof(TriageText.StepHomeRouter)]);
                steps.Add(triage[nameof(TriageText.StepTryHotspot)]);
                break;
            case NetworkKind.PublicWifi:
                steps.Add(triage[nameof(TriageText.StepPublicWifiSignIn)]);
                steps.Add(triage[nameof(TriageText.StepPublicWifiBlocks)]);
                break;
            case NetworkKind.Mobile:
                steps.Add(triage[nameof(TriageText.StepMobileBlocks)]);
                break;
            case NetworkKind.Office:
                steps.Add(triage[nameof(TriageText.StepOffice)]);
                break;
            default:
                steps.Add(triage[nameof(TriageText.StepTryOtherNetwork)]);
                break;
        }
    }

    private static void AddConnection(List<string> steps, ConnectionType connection, NetworkKind network, Words triage)
    {
        var outside = network is NetworkKind.PublicWifi or NetworkKind.Mobile;
        switch (connection)
        {
            // PPTP (TCP 1723 and GRE) and L2TP/IPsec (UDP 500, 4500) are the first things guest networks drop.
            case ConnectionType.Pptp or ConnectionType.L2tp when network != NetworkKind.Office:
                steps.Add(triage[nameof(TriageText.StepOldType), triage[connection == ConnectionType.Pptp ? nameof(TriageText.ConnectionPptp) : nameof(TriageText.ConnectionL2tp)]]);
                break;
            case ConnectionType.Ikev2 when outside:
                steps.Add(triage[nameof(TriageText.StepIkev2Blocked)]);
                break;

            // SSTP rides on TCP 443 like any web site: if the web works, the network is rarely the cause.
            case ConnectionType.Sstp:
                steps.Add(triage[nameof(TriageText.StepSstpPasses)]);
                break;
            case ConnectionType.Unknown:
                steps.Add(triage[nameof(TriageText.StepCheckType)]);
                break;
        }
    }
}
