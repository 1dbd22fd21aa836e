using System.Net;

namespace VpnBot.Host.LocalChat;

/// <summary>
/// The page speaks for an IT administrator (its channel is an IT channel) without any sign-in, so it answers
/// only on this machine: a request from another address gets 404, as if the page did not exist.
/// </summary>
internal sealed class LoopbackOnly : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        return IsLocal(context.HttpContext.Connection.RemoteIpAddress) ? next(context) : ValueTask.FromResult<object?>(Results.NotFound());
    }

    // No remote address means an in-process server (tests), which only this process can reach.
    private static bool IsLocal(IPAddress? remote) =>
        remote is null || IPAddress.IsLoopback(remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote);
}
