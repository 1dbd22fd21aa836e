using System.Security.Claims;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Rest.Serialization;

namespace VpnBot.Host.Teams;

/// <summary>
/// The Bot Framework authentication with one change: every connector client it hands out shares one JSON
/// contract resolver.
/// </summary>
/// <remarks>
/// CloudAdapter creates a new <see cref="ConnectorClient"/> for every turn and every proactive message, and each
/// builds its serializer settings with a fresh contract resolver, so each reply re-reflects the whole
/// activity schema: about 14 ms of CPU and 670 kB per reply. Under a burst of messages that saturates the
/// CPU, turns queue and memory grows with the queue. The resolver only caches immutable contracts, and
/// Newtonsoft's resolver cache is thread-safe, so one instance for the process is equivalent and keeps the
/// cost at a fraction of a millisecond. Everything else passes through to the configured authentication.
/// </remarks>
internal sealed class SharedContractsAuthentication(BotFrameworkAuthentication inner) : BotFrameworkAuthentication
{
    private static readonly ReadOnlyJsonContractResolver Contracts = new();

    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        var result = await inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken).ConfigureAwait(false);
        result.ConnectorFactory = Wrap(result.ConnectorFactory);
        return result;
    }

    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken)
    {
        var result = await inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken).ConfigureAwait(false);
        result.ConnectorFactory = Wrap(result.ConnectorFactory);
        return result;
    }

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        Wrap(inner.CreateConnectorFactory(claimsIdentity));

    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        inner.CreateUserTokenClientAsync(claimsIdentity, cancellationToken);

    public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);

    private static IConnectorClient ShareContracts(IConnectorClient client)
    {
        client.SerializationSettings.ContractResolver = Contracts;
        client.DeserializationSettings.ContractResolver = Contracts;
        return client;
    }

    private static ConnectorFactory Wrap(ConnectorFactory? factory) =>
        factory is null or SharedContractsFactory ? factory! : new SharedContractsFactory(factory);

    private sealed class SharedContractsFactory(ConnectorFactory inner) : ConnectorFactory
    {
        public override async Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken) =>
            ShareContracts(await inner.CreateAsync(serviceUrl, audience, cancellationToken).ConfigureAwait(false));
    }
}
