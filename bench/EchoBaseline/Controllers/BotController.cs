using Microsoft.AspNetCore.Mvc;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;

namespace EchoBaseline.Controllers;

/// <summary>The sample's endpoint: hands the HTTP request to the adapter, which runs the bot's turn.</summary>
[Route("api/messages")]
[ApiController]
public sealed class BotController(IBotFrameworkHttpAdapter adapter, IBot bot) : ControllerBase
{
    [HttpPost]
    [HttpGet]
    public async Task PostAsync() => await adapter.ProcessAsync(Request, Response, bot).ConfigureAwait(false);
}
