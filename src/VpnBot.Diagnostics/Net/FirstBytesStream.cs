namespace VpnBot.Diagnostics.Net;

/// <summary>
/// Passes a stream through unchanged while keeping the first bytes the peer sent, so a failed handshake
/// can tell "the peer spoke something other than TLS" (plain HTTP, SSH, garbage) from a TLS-level failure.
/// </summary>
internal sealed class FirstBytesStream(Stream inner) : Stream
{
    /// <summary>How many leading bytes are kept: enough to recognise a TLS record header (RFC 8446 §5.1) or a text banner.</summary>
    public const int Capacity = 16;

    private readonly byte[] _first = new byte[Capacity];
    private int _count;

    /// <summary>The first bytes received, at most <see cref="Capacity"/>.</summary>
    public ReadOnlySpan<byte> First => _first.AsSpan(0, _count);

    /// <summary>
    /// True when the first byte received cannot start a TLS record: a TLS record begins with a content type
    /// of 20 to 24 (change_cipher_spec, alert, handshake, application_data, heartbeat; RFC 8446 §5.1, RFC 6520).
    /// </summary>
    public bool ReceivedNonTls => _count > 0 && _first[0] is < 20 or > 24;

    public override bool CanRead => inner.CanRead;

    public override bool CanSeek => false;

    public override bool CanWrite => inner.CanWrite;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Keep(buffer.AsSpan(offset), inner.Read(buffer, offset, count));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        return Keep(buffer.Span, read);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
        inner.WriteAsync(buffer, cancellationToken);

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        inner.WriteAsync(buffer, offset, count, cancellationToken);

    public override void Flush() => inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        await inner.DisposeAsync().ConfigureAwait(false);
        await base.DisposeAsync().ConfigureAwait(false);
    }

    private int Keep(ReadOnlySpan<byte> buffer, int read)
    {
        var take = Math.Min(read, Capacity - _count);
        if (take > 0)
        {
            buffer[..take].CopyTo(_first.AsSpan(_count));
            _count += take;
        }

        return read;
    }
}
