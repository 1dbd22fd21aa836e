namespace VpnBot.Bot.Commands;

/// <summary>A message read as a command (<c>/vpn check tokyo</c>) or as free text.</summary>
/// <param name="Command">The command word in lower case, or null for free text; an empty string for a bare <c>/vpn</c>.</param>
/// <param name="Arguments">What follows the command word, or the whole text when it is free text.</param>
public sealed record ParsedInput(string? Command, string Arguments)
{
    public bool IsCommand => Command is not null;
}
