namespace VpnBot.Bot.Cards.Views;

/// <summary>
/// Who a card is for. IT sees findings, evidence, addresses and IT-only actions; employees see plain words
/// and what they can do themselves, never internal addresses, server names or raw evidence.
/// </summary>
public enum Audience
{
    Employee,
    It,
}
