using VpnBot.Host.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddVpnBotHost();

var app = builder.Build();
app.MapVpnBotHost();
app.Run();

/// <summary>The host's entry point, visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
