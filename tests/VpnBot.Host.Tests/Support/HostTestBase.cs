using System.Text.Json.Nodes;

namespace VpnBot.Host.Tests.Support;

/// <summary>A started host and connector per test class; each test gets the test run's cancellation token.</summary>
public abstract class HostTestBase : IAsyncLifetime
{
    protected static readonly TimeSpan ReplyWait = TimeSpan.FromSeconds(20);

    protected HostUnderTest Host { get; private set; } = null!;

    protected ConnectorStandIn Connector { get; private set; } = null!;

    protected HttpClient Client { get; private set; } = null!;

    protected static CancellationToken Cancel => TestContext.Current.CancellationToken;

    protected virtual IDictionary<string, string?>? Settings => null;

    protected virtual void ConfigureServices(Microsoft.Extensions.DependencyInjection.IServiceCollection services)
    {
    }

    public async ValueTask InitializeAsync()
    {
        Connector = await ConnectorStandIn.StartAsync(Cancel);
        Host = new HostUnderTest(Settings, ConfigureServices);
        Client = Host.Start();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
        await Connector.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    protected async Task<HttpResponseMessage> PostAsync(JsonObject activity)
    {
        var response = await HostUnderTest.PostActivityAsync(Client, activity, Cancel);
        Assert.True(response.IsSuccessStatusCode, $"/api/messages answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(Cancel)}");
        return response;
    }

    /// <summary>Posts the activity and returns the first card the bot sends in reply to it.</summary>
    protected async Task<ConnectorCall> ReplyToAsync(JsonObject activity)
    {
        var before = Connector.Calls.Count;
        await PostAsync(activity);
        var conversation = (string)activity["conversation"]!["id"]!;
        return await WaitAsync(c => c.Method == "POST" && c.ConversationId == conversation && Connector.Calls.ToList().IndexOf(c) >= before);
    }

    /// <summary>Waits for a connector call; on timeout the failure shows the calls so far and the host's log.</summary>
    protected async Task<ConnectorCall> WaitAsync(Func<ConnectorCall, bool> match)
    {
        try
        {
            return await Connector.WaitForAsync(match, ReplyWait, Cancel);
        }
        catch (TimeoutException exception)
        {
            var log = string.Join('\n', Host.Logs.Entries.Select(e => $"{e.Level} {e.Category}: {e.Message} {e.Exception}"));
            throw new TimeoutException($"{exception.Message}\nHost log:\n{log}", exception);
        }
    }

}
