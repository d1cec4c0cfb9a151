namespace FactCheck.Cli;

/// <summary>Reads a stream to its end, but never more than a limit: a device or a pipe can be endless.</summary>
public static class BoundedRead
{
    private const int ChunkBytes = 81920;

    /// <summary>
    /// The whole content of <paramref name="stream"/>, or null as soon as it turns out to be longer than
    /// <paramref name="maxBytes"/>; at most <paramref name="maxBytes"/> + 1 bytes are ever read or buffered.
    /// </summary>
    public static async Task<byte[]?> ReadAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkBytes];
        while (true)
        {
            var wanted = (int)Math.Min(chunk.Length, maxBytes + 1 - buffer.Length);
            var read = await stream.ReadAsync(chunk.AsMemory(0, wanted), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return buffer.ToArray();
            }

            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                return null;
            }
        }
    }
}
