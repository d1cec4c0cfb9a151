namespace FactCheck.Cli;

/// <summary>
/// Replaces a file's content all at once: the new bytes go to a temporary file beside it, which is renamed over the
/// original (rename is atomic within a directory), so a reader or a crash sees the old file or the new one, never half.
/// </summary>
public static class AtomicFile
{
    /// <summary>
    /// Writes <paramref name="content"/> to <paramref name="path"/> unless the file no longer holds
    /// <paramref name="expected"/> (edited since it was read): then returns false and leaves it alone. A symbolic link
    /// keeps pointing where it did; its target is the file replaced. Permissions are carried over.
    /// </summary>
    public static async Task<bool> ReplaceAsync(string path, byte[] expected, byte[] content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(content);
        var target = File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? Path.GetFullPath(path);
        var current = await File.ReadAllBytesAsync(target, cancellationToken).ConfigureAwait(false);
        if (!current.AsSpan().SequenceEqual(expected))
        {
            return false;
        }

        var directory = Path.GetDirectoryName(target)!;
        var temporary = Path.Combine(directory, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.factcheck-tmp");
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1, FileOptions.Asynchronous))
            {
                await stream.WriteAsync(content, cancellationToken).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);

                // On disk before the rename, or a crash right after it could leave an empty file under the old name.
                stream.Flush(flushToDisk: true);
            }

            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(target));
            }

            File.Move(temporary, target, overwrite: true);
            return true;
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
