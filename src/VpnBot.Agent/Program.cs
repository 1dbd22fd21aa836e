using VpnBot.Agent.DependencyInjection;

var builder = Host.CreateApplicationBuilder(args);

// Either integration does nothing unless the process was started by that service manager.
builder.Services.AddSystemd();
builder.Services.AddWindowsService(options => options.ServiceName = "VpnBotAgent");
builder.Services.AddVpnAgent(builder.Configuration);

using var host = builder.Build();
await host.RunAsync();
return Environment.ExitCode;
