using System.Globalization;
using System.Net;

namespace VpnBot.Host.LocalChat.Sending;

/// <summary>
/// This host's own base address, as the page's connection reached it. Taken from the connection's local end,
/// never from the Host header: a forged Host must not make the host post the page's messages elsewhere.
/// </summary>
internal static class LocalAddress
{
    public static Uri Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var connection = context.Connection;
        var scheme = context.Request.IsHttps ? Uri.UriSchemeHttps : Uri.UriSchemeHttp;
        if (connection.LocalIpAddress is not { } address)
        {
            // An in-process server (tests) has no socket; its request already names the only place to go.
            return new Uri($"{scheme}://{context.Request.Host.Value}/");
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        // A development certificate names localhost, not the loopback address.
        var host = context.Request.IsHttps && IPAddress.IsLoopback(address) ? "localhost"
            : address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{address}]"
            : address.ToString();
        return new Uri(string.Create(CultureInfo.InvariantCulture, $"{scheme}://{host}:{connection.LocalPort}/"));
    }
}
