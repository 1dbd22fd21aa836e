using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VpnBot.Bot.Commands;
using VpnBot.Host.Tests.Support;

namespace VpnBot.Host.Tests.Protocol;

/// <summary>A handler that throws: the user gets the error card with a correlation id, the log gets the exception.</summary>
public sealed class HandlerFailureTests : HostTestBase
{
    private const string Secret = "connection string Password=hunter2";

    [Fact]
    public async Task HandlerThrows_UserGetsErrorCardWithCorrelationIdAndLogHasException()
    {
        var reply = await ReplyToAsync(TeamsActivities.PersonalMessage(Connector.ServiceUrl, "/vpn explode", HostUnderTest.ItAdmin));

        var text = reply.CardText();
        Assert.DoesNotContain("hunter2", text, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", text, StringComparison.Ordinal);
        var logged = Assert.Single(Host.Logs.Entries, e => e.Level == LogLevel.Error && e.Exception is InvalidOperationException);
        var correlation = System.Text.RegularExpressions.Regex.Match(logged.Message, "correlation id ([0-9a-f]{16})").Groups[1].Value;
        Assert.NotEmpty(correlation);
        Assert.Contains(correlation, text, StringComparison.Ordinal);
    }

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<ICommandHandler, ExplodingCommand>();

    private sealed class ExplodingCommand : ICommandHandler
    {
        public string Name => "explode";

        public bool ItOnly => false;

        public Task HandleAsync(CommandContext context, CancellationToken cancellationToken) => throw new InvalidOperationException(Secret);
    }
}
