namespace VpnBot.Host.LocalChat.Sending;

/// <summary>What the page posts to <c>/local/send</c>: a message (<see cref="Text"/>) or a card button press (<see cref="Action"/>).</summary>
internal sealed record SendRequest(string Conversation, string? Locale, string? Text, CardActionRequest? Action);

/// <summary>What the page posts to <c>/local/open</c> when it shows a conversation.</summary>
internal sealed record OpenRequest(string Conversation, string? Locale);
