using VpnBot.Lab;

// `VpnBot.Lab up`: start a lab, print its topology as JSON, keep it until Ctrl+C, SIGTERM or stdin closes.
// `VpnBot.Lab capture-ike DIR`: start a lab and write the IKE fixtures the parser tests replay into DIR.
return args switch
{
    ["up"] => await UpCommand.RunAsync(),
    ["capture-ike", var directory] => await VpnBot.Lab.Capture.CaptureIkeCommand.RunAsync(directory),
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
