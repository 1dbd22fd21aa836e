using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using VpnBot.Bot.Configuration;

namespace VpnBot.Host.Teams;

/// <summary>
/// Ignores activities from tenants outside <c>Vpn:Bot:AllowedTenants</c> (when it is set): no answer, no
/// stored reference, one log line with the tenant id.
/// </summary>
internal sealed partial class TenantFilterMiddleware(IOptionsMonitor<BotOptions> options, ILogger<TenantFilterMiddleware> logger) : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var allowed = options.CurrentValue.AllowedTenants;
        if (allowed.Count > 0)
        {
            var tenant = ActivityMapper.TenantOf(turnContext.Activity);
            if (tenant is null || !allowed.Contains(tenant, StringComparer.OrdinalIgnoreCase))
            {
                LogIgnored(logger, tenant ?? "(none)", turnContext.Activity.Type);
                return;
            }
        }

        await next(cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored a {ActivityType} activity from tenant {TenantId}, which is not in Vpn:Bot:AllowedTenants")]
    private static partial void LogIgnored(ILogger logger, string tenantId, string activityType);
}
