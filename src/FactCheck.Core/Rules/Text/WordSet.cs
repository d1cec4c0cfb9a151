namespace FactCheck.Core.Rules.Text;

/// <summary>A set of words, matched case-insensitively against a <see cref="Word"/> without copying it.</summary>
public sealed class WordSet
{
    private readonly WordMap<bool> _words;

    public WordSet(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        _words = new WordMap<bool>(words.Select(w => KeyValuePair.Create(w, true)));
    }

    public int Count => _words.Count;

    public bool Contains(Word word) => _words.ContainsKey(word);

    public bool Contains(ReadOnlySpan<char> word) => _words.TryGetValue(word, out _);
}
