namespace VpnBot.Host.LocalChat;

/// <summary>Whether <c>AddLocalChat</c> turned the page on, and why it is off when it is not.</summary>
internal sealed record LocalChatSwitch(bool IsOn, bool OffBecauseOfAppId);
