namespace VpnBot.Bot.Checks;

/// <summary>The <c>Vpn:Bot:Checks</c> section: how check runs share the host.</summary>
public sealed class CheckJobOptions
{
    public const string SectionName = "Vpn:Bot:Checks";

    /// <summary>Runs at the same time; more wait their turn. Default 16.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 1000)]
    public int MaxConcurrent { get; set; } = 16;

    /// <summary>Least time between two updates of one card while findings arrive (Teams allows about 7 messages a second per conversation). Default 1 s.</summary>
    public TimeSpan UpdateInterval { get; set; } = TimeSpan.FromSeconds(1);
}
