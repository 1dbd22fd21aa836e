using Microsoft.Extensions.Options;
using VpnBot.Agent.Connection;
using VpnBot.Agent.DependencyInjection;

var builder = Host.CreateApplicationBuilder(args);

// Either integration does nothing unless the process was started by that service manager.
builder.Services.AddSystemd();
builder.Services.AddWindowsService(options => options.ServiceName = "VpnBotAgent");
builder.Services.AddVpnAgent(builder.Configuration);

using var host = builder.Build();
try
{
    // The options are checked here, before the host starts, so a wrong setting reads as one line per key
    // rather than a hosting failure with a stack trace.
    host.Services.GetRequiredService<IStartupValidator>().Validate();
    await host.RunAsync();
}
catch (OptionsValidationException invalid)
{
    // A wrong setting needs a person, not a restart loop: say which key, then exit like any other setup problem.
    foreach (var failure in invalid.Failures)
    {
        await Console.Error.WriteLineAsync("vpnbot-agent: " + failure);
    }

    return ExitCodes.Configuration;
}

return Environment.ExitCode;
