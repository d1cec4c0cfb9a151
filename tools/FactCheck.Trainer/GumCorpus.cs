using FactCheck.Core.Entities.Learned;

namespace FactCheck.Trainer;

/// <summary>The GUM training documents of a directory of <c>*.conllu</c> files, in file-name order.</summary>
internal static class GumCorpus
{
    public static IReadOnlyList<PersonTrainingDocument> Load(string directory)
    {
        var files = Directory.GetFiles(directory, "*.conllu").Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0)
        {
            throw new DirectoryNotFoundException($"{directory}: no *.conllu files.");
        }

        return files.SelectMany(f => ConlluPersonReader.Read(File.ReadAllText(f), Path.GetFileNameWithoutExtension(f))).ToArray();
    }

    /// <summary>
    /// The training documents that are the same article as one of <paramref name="texts"/>: the document sharing the
    /// most distinct words with each text, if it shares at least 80% of them. Texts are compared by words, not
    /// characters, because the gold texts were rebuilt from the same tokens with different spacing and order of
    /// captions.
    /// </summary>
    public static HashSet<string> SameArticles(IReadOnlyList<PersonTrainingDocument> documents, IEnumerable<string> texts)
    {
        var vocabularies = documents.Select(d => (d.Id, Words: Words(d.Text))).ToArray();
        var same = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            var words = Words(text);
            var (id, shared) = vocabularies.Select(v => (v.Id, Shared: (double)v.Words.Intersect(words).Count() / Math.Max(1, words.Union(v.Words).Count())))
                .MaxBy(v => v.Shared);
            if (shared >= 0.8)
            {
                same.Add(id);
            }
        }

        return same;
    }

    private static HashSet<string> Words(string text) =>
        text.Split((char[])[' ', '\n', '\t', ',', '.', '"', '\'', '(', ')', ':', ';'], StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
}
