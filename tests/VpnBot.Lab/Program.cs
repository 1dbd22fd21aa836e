using VpnBot.Lab;

// `VpnBot.Lab up`: start a lab, print its topology as JSON, keep it until Ctrl+C, SIGTERM or stdin closes.
if (args is not ["up"])
{
    await Console.Error.WriteLineAsync("usage: VpnBot.Lab up   (starts the lab, prints its topology as JSON, stops on Ctrl+C or end of stdin)");
    return 2;
}

return await UpCommand.RunAsync();
