namespace VpnBot.Host.LocalChat.Transcript;

/// <summary>What happened to a transcript: an activity added, replaced in place, or deleted.</summary>
internal enum TranscriptChange
{
    Added,
    Updated,
    Deleted,
}

/// <summary>One change, as the page receives it over its event stream.</summary>
internal sealed record TranscriptEvent(TranscriptChange Change, StoredActivity Activity);
