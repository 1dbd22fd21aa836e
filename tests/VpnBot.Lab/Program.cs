using System.Net;
using VpnBot.Lab;
using VpnBot.Lab.Daemons.Tls;

// `VpnBot.Lab up`: start a lab, print its topology as JSON, keep it until Ctrl+C, SIGTERM or stdin closes.
// `VpnBot.Lab capture-ike DIR`: start a lab and write the IKE fixtures the parser tests replay into DIR.
// `VpnBot.Lab serve-https ...`: the lab's own HTTPS server, which the lab starts inside the VPN's namespace.
return args switch
{
    ["up"] => await UpCommand.RunAsync(),
    ["capture-ike", var directory] => await VpnBot.Lab.Capture.CaptureIkeCommand.RunAsync(directory),
    [HttpsStandIn.Verb, var address, var port, var certificate, var key] =>
        await HttpsStandIn.RunAsync(IPAddress.Parse(address), int.Parse(port, System.Globalization.CultureInfo.InvariantCulture), certificate, key, CancellationToken.None),
    _ => await UsageAsync(),
};

static async Task<int> UsageAsync()
{
    await Console.Error.WriteLineAsync("""
        usage: VpnBot.Lab up                 starts the lab, prints its topology as JSON, stops on Ctrl+C or end of stdin
               VpnBot.Lab capture-ike DIR    starts a lab and writes the IKE reply fixtures into DIR
        """);
    return 2;
}
