namespace FactCheck.Core.Entities.Caching;

/// <summary>
/// A recognition cache in a local directory (one JSON file per key), for the CLI. The default directory is
/// <c>$XDG_CACHE_HOME/factcheck/recognition</c>, else the user's local application data folder.
/// </summary>
public sealed class FileRecognitionCache : IRecognitionCache
{
    public FileRecognitionCache(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        Directory = directory;
    }

    public string Directory { get; }

    /// <summary>Where the CLI keeps recognition results unless told otherwise.</summary>
    public static string DefaultDirectory
    {
        get
        {
            var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
            var root = !string.IsNullOrWhiteSpace(xdg) && Path.IsPathRooted(xdg)
                ? xdg
                : OperatingSystem.IsWindows()
                    ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)
                    : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
            return Path.Combine(root, "factcheck", "recognition");
        }
    }

    public async Task<RecognitionResult?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException or IOException)
        {
            return null;
        }

        return RecognitionCacheSerializer.TryDeserialize(bytes);
    }

    public async Task SetAsync(string key, RecognitionResult result, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        System.IO.Directory.CreateDirectory(Directory);
        // Write beside and rename, so a reader never sees half a file and two writers never interleave.
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            await File.WriteAllBytesAsync(temporary, RecognitionCacheSerializer.Serialize(result), cancellationToken).ConfigureAwait(false);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The cache saves money; failing to write it must not fail the check.
            TryDelete(temporary);
        }
    }

    private string PathOf(string key)
    {
        if (key.Length == 0 || key.Any(c => !char.IsAsciiHexDigit(c)))
        {
            throw new ArgumentException("A cache key is a hex digest.", nameof(key));
        }

        return Path.Combine(Directory, key + ".json");
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
