using System.Threading.Channels;

namespace VpnBot.Host.LocalChat.Transcript;

/// <summary>A transcript as it was when watching began, and the changes since; disposing stops the changes.</summary>
internal sealed class TranscriptWatch(IReadOnlyList<StoredActivity> backlog, ChannelReader<TranscriptEvent> changes, Action stop) : IDisposable
{
    public IReadOnlyList<StoredActivity> Backlog { get; } = backlog;

    public ChannelReader<TranscriptEvent> Changes { get; } = changes;

    public void Dispose() => stop();
}
