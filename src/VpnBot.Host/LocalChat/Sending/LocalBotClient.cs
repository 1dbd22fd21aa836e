using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace VpnBot.Host.LocalChat.Sending;

/// <summary>
/// Posts an activity to this host's <c>/api/messages</c> over HTTP — the same door Teams knocks on — and
/// returns the status and body the bot answered with (an invoke's answer is in the body).
/// </summary>
internal sealed class LocalBotClient(HttpClient http)
{
    /// <summary>Where Teams posts activities; the page's messages take the same route.</summary>
    public const string MessagesPath = "api/messages";

    public async Task<BotAnswer> PostAsync(Uri hostBase, JsonObject activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        using var response = await http.PostAsync(new Uri(hostBase, MessagesPath), content, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return new BotAnswer((int)response.StatusCode, ParseOrNull(text));
    }

    private static JsonNode? ParseOrNull(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            // A body that is not JSON (an error page) is still worth showing as text.
            return JsonValue.Create(text);
        }
    }
}

/// <summary>The bot's HTTP answer to one activity.</summary>
internal sealed record BotAnswer(int Status, JsonNode? Body);
