namespace VpnBot.Bot.Commands;

/// <summary>One command (<c>/vpn check</c>) or card verb (<c>check.run</c>); the router picks it by name.</summary>
public interface ICommandHandler
{
    /// <summary>The command word or verb it answers.</summary>
    string Name { get; }

    /// <summary>When true, only IT may use it; others get a polite refusal.</summary>
    bool ItOnly { get; }

    Task HandleAsync(CommandContext context, CancellationToken cancellationToken);
}
