using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Diagnosis;
using VpnBot.Diagnostics.Findings;

namespace VpnBot.Cli.Tests.Support;

/// <summary>A diagnosis rule that names one cause whenever <c>dns.resolve</c> failed somewhere.</summary>
internal sealed class StubRule : IDiagnosisRule
{
    public IEnumerable<Cause> Evaluate(DiagnosisInput input) => input.Any(CheckIds.DnsResolve, CheckStatus.Fail)
        ?
        [
            new Cause
            {
                Id = "dns.missing-record",
                Title = new("The name has no A record on one server", "一部のサーバーに A レコードがありません"),
                Explanation = new("10.0.0.11 answers NXDOMAIN while 10.0.0.10 answers.", "10.0.0.11 は NXDOMAIN を返し、10.0.0.10 は応答します。"),
                Score = 90,
                ErrorCodes = ["868", "800"],
                Checks = [CheckIds.DnsResolve],
                Remediation = [new("Add the record on 10.0.0.11", "10.0.0.11 にレコードを追加する"), new("Run ipconfig /registerdns on the server", "サーバーで ipconfig /registerdns を実行する")],
            },
        ]
        : [];
}
