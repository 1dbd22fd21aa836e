using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Windows.RrasService;

/// <summary>
/// Turns the three services' states into the <c>rras.service</c> finding. Fail: RemoteAccess not running or
/// disabled, or IKEEXT or BFE not running (IKEv2 and L2TP/IPsec need both). Warn: RemoteAccess set to
/// Manual (down after the next restart) or still starting. Skip: no RemoteAccess service at all, so this
/// machine is not the VPN server.
/// </summary>
internal static class RrasServiceVerdict
{
    /// <summary>What clients see while RemoteAccess is down: 800 on Automatic, 809 when pinned to one tunnel type.</summary>
    private static readonly string[] RemoteAccessDownCodes = ["800", "809"];

    /// <summary>Without IKEEXT/BFE, IKE goes unanswered: 809, IKEv2 13805, L2TP/IPsec 792.</summary>
    private static readonly string[] IpsecDownCodes = ["809", "13805", "792"];

    public static Finding Judge(string machine, ServiceState remoteAccess, ServiceState ikeext, ServiceState bfe)
    {
        var evidence = new Dictionary<string, string>(StringComparer.Ordinal);
        Describe(evidence, "remoteAccess", remoteAccess);
        Describe(evidence, "ikeext", ikeext);
        Describe(evidence, "bfe", bfe);

        if (remoteAccess.State == ServiceRunState.Missing)
        {
            return Result(CheckStatus.Skip, Text(nameof(ServicesText.ServicesNotVpnServer), machine), [], [Text(nameof(ServicesText.FixRunOnServer))]);
        }

        var verdict = new Collected();
        JudgeRemoteAccess(remoteAccess, verdict);
        foreach (var ipsec in new[] { ikeext, bfe })
        {
            JudgeIpsecService(ipsec, verdict);
        }

        if (verdict.Failures.Count > 0)
        {
            verdict.Step(Text(nameof(ServicesText.FixReadScm)));
            return Result(CheckStatus.Fail, Problems(machine, verdict), verdict.Codes, verdict.Steps);
        }

        if (verdict.Unreadable.Count > 0)
        {
            var problem = verdict.Unreadable.Select(s => s.Problem).FirstOrDefault(p => !string.IsNullOrEmpty(p)) ?? string.Empty;
            return Result(
                CheckStatus.Error,
                Text(nameof(ServicesText.ServicesUnreadable), machine, string.Join(", ", verdict.Unreadable.Select(s => s.Name)), problem),
                [],
                [Text(nameof(ServicesText.FixRunAsSystem))]);
        }

        return verdict.Warnings.Count > 0
            ? Result(CheckStatus.Warn, Problems(machine, verdict), [], verdict.Steps)
            : Result(CheckStatus.Pass, Text(nameof(ServicesText.ServicesPass), machine), [], []);

        Finding Result(CheckStatus status, LocalizedText summary, IReadOnlyList<string> codes, IReadOnlyList<LocalizedText> steps) => new()
        {
            Check = CheckIds.RrasService,
            Subject = machine,
            Status = status,
            Summary = summary,
            Evidence = evidence,
            ErrorCodes = codes,
            Remediation = steps,
        };
    }

    private static void JudgeRemoteAccess(ServiceState service, Collected verdict)
    {
        var name = service.Name;
        if (service.StartType == ServiceStartType.Disabled)
        {
            verdict.Fail(Text(nameof(ServicesText.PhraseDisabled), name), RemoteAccessDownCodes);
            verdict.Step(Text(nameof(ServicesText.FixAutomaticRemoteAccess)));
            verdict.Step(Text(nameof(ServicesText.FixStartRemoteAccess)));
        }
        else if (service.State is ServiceRunState.StartPending or ServiceRunState.ContinuePending)
        {
            verdict.Warnings.Add(Text(nameof(ServicesText.PhraseStarting), name));
            verdict.Step(Text(nameof(ServicesText.FixHung)));
        }
        else if (service.State == ServiceRunState.Unreadable)
        {
            verdict.Unreadable.Add(service);
        }
        else if (!service.IsRunning)
        {
            verdict.Fail(Text(nameof(ServicesText.PhraseNotRunning), name, StateWord(service.State)), RemoteAccessDownCodes);
            verdict.Step(Text(nameof(ServicesText.FixStartRemoteAccess)));
        }

        if (service.StartType == ServiceStartType.Manual)
        {
            verdict.Warnings.Add(Text(nameof(ServicesText.PhraseManual), name));
            verdict.Step(Text(nameof(ServicesText.FixAutomaticRemoteAccess)));
        }
    }

    private static void JudgeIpsecService(ServiceState service, Collected verdict)
    {
        if (service.IsRunning)
        {
            return;
        }

        if (service.State == ServiceRunState.Unreadable)
        {
            verdict.Unreadable.Add(service);
            return;
        }

        var phrase = service.State switch
        {
            ServiceRunState.Missing => Text(nameof(ServicesText.PhraseMissing), service.Name),
            ServiceRunState.StartPending or ServiceRunState.ContinuePending => Text(nameof(ServicesText.PhraseStarting), service.Name),
            _ => Text(nameof(ServicesText.PhraseNotRunning), service.Name, StateWord(service.State)),
        };
        verdict.Fail(phrase, IpsecDownCodes);
        verdict.Step(Text(nameof(ServicesText.FixStartIpsec)));
    }

    private static LocalizedText Problems(string machine, Collected verdict) =>
        Text(nameof(ServicesText.ServicesProblems), machine, LocalizedText.List([.. verdict.Failures, .. verdict.Warnings]));

    private static LocalizedText StateWord(ServiceRunState state) => state switch
    {
        ServiceRunState.Stopped => Text(nameof(ServicesText.StateStopped)),
        ServiceRunState.StopPending => Text(nameof(ServicesText.StateStopPending)),
        ServiceRunState.Paused => Text(nameof(ServicesText.StatePaused)),
        ServiceRunState.PausePending => Text(nameof(ServicesText.StatePausePending)),
        _ => Text(nameof(ServicesText.StateUnknown)),
    };

    /// <summary>State and start type under invariant names (<c>Running</c>, <c>Automatic</c>), as Get-Service prints them.</summary>
    private static void Describe(Dictionary<string, string> evidence, string key, ServiceState service)
    {
        evidence[key + "State"] = service.State switch
        {
            ServiceRunState.Missing => "NotInstalled",
            ServiceRunState.Unreadable => "Unreadable",
            _ => service.State.ToString(),
        };
        if (service.State is not (ServiceRunState.Missing or ServiceRunState.Unreadable))
        {
            evidence[key + "StartType"] = service.StartType.ToString();
        }

        if (service.Problem is { Length: > 0 } problem)
        {
            evidence[key + "Problem"] = problem;
        }
    }

    private static LocalizedText Text(string name, params object?[] args) =>
        LocalizedText.Format(ServicesText.ResourceManager, name, args);

    /// <summary>What the three services add up to, in the order found.</summary>
    private sealed class Collected
    {
        public List<LocalizedText> Failures { get; } = [];

        public List<LocalizedText> Warnings { get; } = [];

        public List<ServiceState> Unreadable { get; } = [];

        public List<string> Codes { get; } = [];

        public List<LocalizedText> Steps { get; } = [];

        public void Fail(LocalizedText phrase, IEnumerable<string> codes)
        {
            Failures.Add(phrase);
            foreach (var code in codes.Where(code => !Codes.Contains(code)))
            {
                Codes.Add(code);
            }
        }

        public void Step(LocalizedText step)
        {
            if (!Steps.Contains(step))
            {
                Steps.Add(step);
            }
        }
    }
}
