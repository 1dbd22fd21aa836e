namespace VpnBot.Bench.Agents;

/// <summary>What happened to one <c>/vpn check</c>. Times are <see cref="TimeProvider.GetTimestamp"/> values.</summary>
internal sealed class CheckTiming(string endpoint)
{
    private CardFindings? _findings;

    public string Endpoint { get; } = endpoint;

    /// <summary>Just before the POST to /api/messages.</summary>
    public long Sent { get; set; }

    /// <summary>HTTP status of the POST; 0 when none came.</summary>
    public int Status { get; set; }

    /// <summary>The bot's first reply: the progress card, sent within the turn.</summary>
    public ConnectorCall? Progress { get; set; }

    /// <summary>The progress card's final version.</summary>
    public ConnectorCall? Final { get; set; }

    /// <summary>Why the check has no final card.</summary>
    public string? Error { get; set; }

    public bool Complete => Status == 200 && Final is not null;

    /// <summary>From the post to the progress card (the turn).</summary>
    public TimeSpan ToProgress => Progress is { } progress ? TimeProvider.System.GetElapsedTime(Sent, progress.Arrived) : TimeSpan.Zero;

    /// <summary>From the post to the final card (the whole check as IT sees it).</summary>
    public TimeSpan ToFinal => Final is { } final ? TimeProvider.System.GetElapsedTime(Sent, final.Arrived) : TimeSpan.Zero;

    /// <summary>The findings rows of the final card, by vantage.</summary>
    public CardFindings Findings => _findings ??= Final is { } final ? CardFindings.Read(final.Body) : CardFindings.None;
}
