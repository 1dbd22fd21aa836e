using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Probes;
using static VpnBot.Bot.Tests.Cards.Gallery.Sample;

namespace VpnBot.Bot.Tests.Cards.Gallery;

/// <summary>
/// Findings worded as the diagnostics core words them, with the evidence keys its checks write, so the real
/// diagnosis rules reason about them as they would about a real run.
/// </summary>
internal static class SampleFindings
{
    /// <summary>Every check of an endpoint offering IKEv2, L2TP/IPsec and SSTP, all well.</summary>
    public static IReadOnlyList<Finding> Healthy() =>
    [
        Resolve(Primary, 4), Resolve(Secondary, 6),
        Finding(CheckIds.DnsConsistency, "example.local", CheckStatus.Pass,
            $"2 servers hold zone example.local at serial 2026112601 and answer {Fqdn} alike: {InternalAddress}.",
            $"2 台のサーバーがゾーン example.local をシリアル 2026112601 で保持し、{Fqdn} に同じ応答を返しています: {InternalAddress}。",
            9, ("servers", $"{Primary}, {Secondary}"), ("serial", "2026112601"), ("addresses", InternalAddress)),
        Finding(CheckIds.DnsPtr, InternalAddress, CheckStatus.Pass,
            $"The PTR record of {InternalAddress} names {Fqdn}, which resolves back to {InternalAddress}.",
            $"{InternalAddress} の PTR レコードは {Fqdn} を指し、{Fqdn} は {InternalAddress} に解決されます。",
            7, ("address", InternalAddress), ("ptr", Fqdn + ".")),
        Finding(CheckIds.DnsCname, Primary, CheckStatus.Pass,
            $"The CNAME chain {Fqdn} ends in an address: {InternalAddress}.",
            $"CNAME チェーン {Fqdn} はアドレスで終わっています: {InternalAddress}。",
            3, ("chain", Fqdn), ("addresses", InternalAddress)),
        Authority(Primary), Authority(Secondary),
        Finding(CheckIds.DnsSplitHorizon, PublicResolver, CheckStatus.Pass,
            $"{PublicResolver} answers {Fqdn} with public addresses only: {PublicAddress}.",
            $"{PublicResolver} は {Fqdn} にグローバルアドレスのみを返しています: {PublicAddress}。",
            21, ("rcode", "NOERROR"), ("addresses", PublicAddress)),
        Ttl(300, CheckStatus.Pass),
        Finding(CheckIds.DnsCache, Resolver, CheckStatus.Pass,
            $"{Resolver} serves the current answer for {Fqdn}: {InternalAddress}.",
            $"{Resolver} は {Fqdn} について最新の応答を返しています: {InternalAddress}。",
            5, ("cached", InternalAddress), ("authoritative", InternalAddress), ("remainingTtl", "212")),
        IkeV2Answered(), IkeV1Answered(), NatT(),
        Finding(CheckIds.L2tpControl, Fqdn + ":1701", CheckStatus.Skip,
            "Not tested from outside: under L2TP/IPsec (RFC 3193) UDP 1701 is reachable only inside IPsec; ike.v1 tells whether the server is up.",
            "外部からは確認していません。L2TP/IPsec (RFC 3193) では UDP 1701 には IPsec の内側からしか届かないため、サーバーが稼働しているかは ike.v1 で確認できます。",
            0),
        Finding(CheckIds.SstpListener, PublicAddress + ":443", CheckStatus.Pass,
            $"SSTP listener at {PublicAddress}:443 answered SSTP_DUPLEX_POST with HTTP 200 over TLS 1.3 (TLS_AES_256_GCM_SHA384).",
            $"{PublicAddress}:443 の SSTP リスナーが SSTP_DUPLEX_POST に HTTP 200 で応答しました (TLS 1.3、TLS_AES_256_GCM_SHA384)。",
            48, (ProbeOutcome.Key, ProbeOutcome.Answered), ("http", "200"), ("tls", "TLS 1.3"), ("elapsedMs", "48")),
        Expiry(261, CheckStatus.Pass),
        Certificate(CheckIds.CertName, $"{Fqdn} matches the certificate's DNS name {Fqdn}.", $"{Fqdn} は証明書の DNS 名 {Fqdn} と一致します。", ("san", "DNS:" + Fqdn)),
        Certificate(CheckIds.CertChain, "The certificate chains to Example Root CA, a root trusted by this system.", "証明書チェーンは、このシステムが信頼するルート Example Root CA までつながっています。",
            ("chain", "CN=vpn.example.local > CN=Example Issuing CA 2 > CN=Example Root CA"), ("root", "CN=Example Root CA"), ("problems", "(none)")),
        Certificate(CheckIds.CertEku, "Server Authentication and IP security IKE intermediate are among the certificate's intended purposes.", "証明書の目的にサーバー認証と IP セキュリティ IKE 中間が含まれています。",
            ("eku", "1.3.6.1.5.5.7.3.1, 1.3.6.1.5.5.8.2.2")),
        Certificate(CheckIds.CertRevocation, "Revocation information is published, and every location tested (2) answers with a current CRL or an OCSP response.", "失効情報は公開されており、確認した 2 件の場所すべてから最新の CRL または OCSP の応答が得られました。",
            ("crl", "http://pki.example.local/crl/ExampleIssuingCA2.crl"), ("ocsp", "http://pki.example.local/ocsp")),
    ];

    /// <summary>
    /// The healthy endpoint after a router change: UDP 500 no longer forwarded (4500 still is), a certificate
    /// twelve days from expiry, a one-day TTL on the public record, and a CRL location that does not answer.
    /// </summary>
    public static IReadOnlyList<Finding> Critical() =>
    [
        .. Healthy().Select(f => (f.Check, f.Status) switch
        {
            (CheckIds.IkeV2, _) => IkeSilent(CheckIds.IkeV2, "IKEv2"),
            (CheckIds.IkeV1, _) => IkeSilent(CheckIds.IkeV1, "IKEv1"),
            (CheckIds.DnsTtl, _) => Ttl(86400, CheckStatus.Warn),
            (CheckIds.CertExpiry, _) => Expiry(12, CheckStatus.Warn),
            (CheckIds.CertRevocation, _) => RevocationUnreachable(),
            _ => f,
        }),
    ];

    private static Finding Resolve(string server, long ms) => Finding(CheckIds.DnsResolve, server, CheckStatus.Pass,
        $"{Fqdn} resolves to {InternalAddress} via {server}.",
        $"{Fqdn} は {server} で {InternalAddress} に名前解決されます。",
        ms, ("server", server), ("rcode", "NOERROR"), ("addresses", InternalAddress), ("elapsedMs", ms.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("transport", "udp"));

    private static Finding Authority(string server) => Finding(CheckIds.DnsAuthority, server, CheckStatus.Pass,
        $"{server} answers for {Fqdn} with authority (AA set, NOERROR).",
        $"{server} は {Fqdn} に権威を持って応答しています(AA ビットあり、NOERROR)。",
        4, ("rcode", "NOERROR"), ("aa", "true"), ("soa", "ns1.example.local. hostmaster.example.local. 2026112601"));

    private static Finding Ttl(int ttl, CheckStatus status)
    {
        var finding = status == CheckStatus.Pass
            ? Finding(CheckIds.DnsTtl, PublicResolver, status,
                $"The public record of {Fqdn} has a TTL of {ttl} s on {PublicResolver} (at most 3600 s).",
                $"{PublicResolver} で {Fqdn} の公開レコードの TTL は {ttl} 秒です(上限 3600 秒)。",
                19, ("ttl", $"{ttl}"), ("maxTtl", "3600"))
            : Finding(CheckIds.DnsTtl, PublicResolver, status,
                $"The public record of {Fqdn} has a TTL of {ttl} s on {PublicResolver}, above 3600 s: after a move, clients keep the old address that long.",
                $"{PublicResolver} で {Fqdn} の公開レコードの TTL は {ttl} 秒で、3600 秒を超えています。アドレス変更後もクライアントはその間、古いアドレスを使い続けます。",
                19, ("ttl", $"{ttl}"), ("maxTtl", "3600"));
        return status == CheckStatus.Pass ? finding : finding with
        {
            ErrorCodes = ["809"],
            Remediation =
            [
                Text($"Lower the TTL of the public record for {Fqdn} to 3600 s or less (300 s is common).", $"{Fqdn} の公開レコードの TTL を 3600 秒以下(一般的には 300 秒)に下げてください。"),
                Text("Before a planned address change, lower the TTL at least one old TTL in advance so caches follow the change quickly.", "アドレス変更を予定している場合は、少なくとも旧 TTL の時間だけ前に TTL を下げておくと、キャッシュがすぐに追従します。"),
            ],
        };
    }

    private static Finding IkeV2Answered() => Finding(CheckIds.IkeV2, PublicAddress + ":500", CheckStatus.Pass,
        "IKEv2 answers on UDP 500: the server accepted IKE_SA_INIT and chose AES-CBC-256/HMAC-SHA2-256/MODP-2048.",
        "UDP 500 で IKEv2 が応答しました。サーバーは IKE_SA_INIT を受け付け、AES-CBC-256/HMAC-SHA2-256/MODP-2048 を選択しました。",
        31, (ProbeOutcome.Key, ProbeOutcome.Answered), ("proposal", "AES-CBC-256/HMAC-SHA2-256/PRF-HMAC-SHA2-256/MODP-2048"), ("natDetected", "false"), ("elapsedMs", "31"));

    private static Finding IkeV1Answered() => Finding(CheckIds.IkeV1, PublicAddress + ":500", CheckStatus.Pass,
        "IKEv1 Main Mode answers on UDP 500: the server chose AES-CBC-256/SHA-256/MODP-2048.",
        "UDP 500 で IKEv1 メインモードが応答しました。サーバーは AES-CBC-256/SHA-256/MODP-2048 を選択しました。",
        29, (ProbeOutcome.Key, ProbeOutcome.Answered), ("proposal", "AES-CBC-256/SHA-256/RSA-SIG/MODP-2048"), ("vendorIds", "MS NT5 ISAKMPOAKLEY v9, RFC 3947 NAT-T"), ("elapsedMs", "29"));

    private static Finding NatT() => Finding(CheckIds.IkeNatT, PublicAddress + ":4500", CheckStatus.Pass,
        "IKE answers on UDP 4500 with the non-ESP marker (IKEv2): NAT traversal reaches the server.",
        "UDP 4500 で non-ESP マーカー付きの IKE 応答がありました (IKEv2)。NAT トラバーサルはサーバーまで届いています。",
        33, (ProbeOutcome.Key, ProbeOutcome.Answered), ("elapsedMs", "33"));

    private static Finding IkeSilent(string check, string version) => Finding(check, PublicAddress + ":500", CheckStatus.Fail,
        "No IKE answer on UDP 500 within 2,400 ms (3 attempts).",
        "UDP 500 で 2,400 ミリ秒以内に IKE の応答がありません (送信 3 回)。",
        2403, (ProbeOutcome.Key, ProbeOutcome.NoAnswer), ("version", version), ("attempts", "3"), ("elapsedMs", "2403")) with
    {
        ErrorCodes = ["809", "13805"],
        Remediation =
        [
            Text($"Allow UDP 500 and 4500 to {PublicAddress} on every firewall on the way, and forward both on every NAT router.", $"経路上のすべてのファイアウォールで {PublicAddress} への UDP 500 と 4500 を許可し、すべての NAT ルーターで両方を転送してください。"),
            Text("Check that the IKEEXT and RemoteAccess services run on the server.", "サーバーで IKEEXT と RemoteAccess サービスが動作していることを確認してください。"),
        ],
    };

    private static Finding Expiry(int daysLeft, CheckStatus status)
    {
        var until = StartedAt.AddDays(daysLeft).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var (en, ja) = status == CheckStatus.Pass
            ? ($"The certificate is valid until {until} ({daysLeft} days left).", $"証明書の有効期限は {until} です (残り {daysLeft} 日)。")
            : ($"The certificate expires on {until}, in {daysLeft} days (warning threshold: 30 days).", $"証明書の有効期限が {until} に切れます (残り {daysLeft} 日、警告のしきい値 30 日)。");
        var finding = Certificate(CheckIds.CertExpiry, en, ja, ("notAfter", until + "T09:00:00Z"), ("daysLeft", $"{daysLeft}"), ("thumbprint", "3F2A9C41D07B6E58A1C94F0B2D7E6A35C8190B4E"));
        return status == CheckStatus.Pass ? finding : finding with
        {
            Status = status,
            ErrorCodes = ["13801", "810", "0x800B0101"],
            Remediation =
            [
                Text($"Renew the certificate for {Fqdn} and select the new one in RRAS (server properties > Security) before the old one expires.", $"{Fqdn} の証明書を更新し、古い証明書が切れる前に RRAS(サーバーのプロパティ →[セキュリティ])で新しい証明書を選択してください。"),
            ],
        };
    }

    private static Finding RevocationUnreachable() => Finding(CheckIds.CertRevocation, Tls, CheckStatus.Error,
        "Could not fetch the CRL from http://pki.example.local/crl/ExampleIssuingCA2.crl: no answer within 2,000 ms; revocation could not be checked from here.",
        "http://pki.example.local/crl/ExampleIssuingCA2.crl から CRL を取得できませんでした: 2,000 ミリ秒以内に応答なし。ここからは失効状態を確認できません。",
        2001, ("subject", "CN=" + Fqdn), ("crl", "http://pki.example.local/crl/ExampleIssuingCA2.crl (no answer)"), ("ocsp", "(none)")) with
    {
        ErrorCodes = ["0x80092013"],
        Remediation =
        [
            Text("Check that the CRL location is published and reachable from the internet over HTTP (port 80).", "CRL の場所が公開され、インターネットから HTTP(ポート 80)で到達できることを確認してください。"),
        ],
    };

    private static Finding Certificate(string check, string en, string ja, params (string Key, string Value)[] evidence) =>
        Finding(check, Tls, CheckStatus.Pass, en, ja, 62, [("subject", "CN=" + Fqdn), .. evidence]);
}
