using EchoBaseline;
using EchoBaseline.Bots;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

// The registrations of the SDK's echo sample. The sample's AddNewtonsoftJson is left out: the controller binds
// no model (the adapter reads the request body itself), and that package is not on this project's registry.
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddHttpClient().AddControllers();
builder.Services.AddSingleton<BotFrameworkAuthentication, ConfigurationBotFrameworkAuthentication>();
builder.Services.AddSingleton<IBotFrameworkHttpAdapter, AdapterWithErrorHandler>();
builder.Services.AddTransient<IBot, EchoBot>();

var app = builder.Build();
app.UseRouting();
app.MapControllers();
app.Run();
