namespace FactCheck.Cli;

/// <summary>
/// Expands path arguments into inputs: files as given, directories recursively (known extensions only, hidden
/// and build directories skipped, sorted so output is stable), <c>-</c> as standard input.
/// </summary>
public static class InputCollector
{
    /// <summary>Extensions a directory walk picks up; a file named explicitly must also have one of these (or none).</summary>
    public static IReadOnlyList<string> KnownExtensions { get; } = [".txt", ".md", ".markdown", ".html", ".htm", ".docx"];

    private static readonly EnumerationOptions FileEnumeration = new() { IgnoreInaccessible = true, AttributesToSkip = 0 };

    // Symbolic links to directories are not followed: a link back up the tree would make the walk endless.
    private static readonly EnumerationOptions DirectoryEnumeration = new() { IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };

    private static readonly HashSet<string> SkippedDirectories = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", "node_modules" };

    public static IReadOnlyList<CheckInput> Collect(IEnumerable<string> paths, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var inputs = new List<CheckInput>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (path == "-")
            {
                if (seen.Add(CheckInput.StdinName))
                {
                    inputs.Add(new CheckInput(CheckInput.StdinName) { IsStdin = true });
                }

                continue;
            }

            var full = Path.GetFullPath(path, workingDirectory);
            if (File.Exists(full))
            {
                if (seen.Add(full))
                {
                    inputs.Add(ForNamedFile(path, full));
                }
            }
            else if (Directory.Exists(full))
            {
                var found = Walk(full).ToList();
                if (found.Count == 0)
                {
                    inputs.Add(new CheckInput(path) { Error = $"the directory has no {string.Join(' ', KnownExtensions)} files to check." });
                }

                foreach (var file in found.Where(seen.Add))
                {
                    inputs.Add(new CheckInput(Path.Join(path, Path.GetRelativePath(full, file))) { FullPath = file });
                }
            }
            else
            {
                inputs.Add(new CheckInput(path) { Error = "no such file or directory; check the path." });
            }
        }

        return inputs;
    }

    /// <summary>True when a walk picks up this file name.</summary>
    public static bool HasKnownExtension(string path) =>
        KnownExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    private static CheckInput ForNamedFile(string path, string full)
    {
        // An explicitly named file without extension is read as plain text (README-style drafts); any other
        // extension is refused rather than guessed at.
        var extension = Path.GetExtension(full);
        if (extension.Length > 0 && !HasKnownExtension(full))
        {
            return new CheckInput(path)
            {
                Error = $"unsupported file type '{extension}'; FactCheck reads {string.Join(' ', KnownExtensions)} files.",
            };
        }

        return new CheckInput(path) { FullPath = full };
    }

    private static IEnumerable<string> Walk(string directory)
    {
        foreach (var file in Directory.EnumerateFiles(directory, "*", FileEnumeration).Order(StringComparer.Ordinal))
        {
            if (!Path.GetFileName(file).StartsWith('.') && HasKnownExtension(file))
            {
                yield return file;
            }
        }

        foreach (var child in Directory.EnumerateDirectories(directory, "*", DirectoryEnumeration).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(child);
            if (name.StartsWith('.') || SkippedDirectories.Contains(name))
            {
                continue;
            }

            foreach (var file in Walk(child))
            {
                yield return file;
            }
        }
    }
}
