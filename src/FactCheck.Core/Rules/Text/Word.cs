using FactCheck.Core.Model;

namespace FactCheck.Core.Rules.Text;

/// <summary>
/// A run of letters (with inner apostrophes) or of digits, located in the plain text. It carries a case-insensitive
/// <see cref="Key"/> so rules can look words up in a <see cref="WordSet"/> without copying or lower-casing them;
/// <see cref="Text"/> copies the characters and is meant for messages, not for lookups.
/// </summary>
public readonly struct Word
{
    private readonly string? _source;
    private readonly WordShape _shape;

    internal Word(string source, int offset, int length, int key)
        : this(source, offset, length, key, ShapeOf(source.AsSpan(offset, length)))
    {
    }

    internal Word(string source, int offset, int length, int key, WordShape shape)
    {
        _source = source;
        Offset = offset;
        Length = length;
        Key = key;
        _shape = shape;
    }

    public int Offset { get; }

    public int Length { get; }

    public int End => Offset + Length;

    /// <summary>A hash of the word that ignores case: equal for words equal under <see cref="StringComparison.OrdinalIgnoreCase"/>.</summary>
    public int Key { get; }

    /// <summary>True for <c>default</c>, the word before the first or after the last.</summary>
    public bool IsEmpty => _source is null;

    public ReadOnlySpan<char> Span => _source.AsSpan(Offset, Length);

    /// <summary>The word's characters as a new string.</summary>
    public string Text => _source?.Substring(Offset, Length) ?? string.Empty;

    /// <summary>A run of digits ("1,000").</summary>
    public bool IsNumber => (_shape & WordShape.Number) != 0;

    /// <summary>Starts with an upper-case letter.</summary>
    public bool IsCapitalized => (_shape & WordShape.Capitalized) != 0;

    /// <summary>Holds an apostrophe between letters ("don't", "Bogdanov’s").</summary>
    public bool HasApostrophe => (_shape & WordShape.Apostrophe) != 0;

    /// <summary>Whether this word is <paramref name="other"/>, ignoring case.</summary>
    public bool Is(string other) => Span.Equals(other, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether two words have the same letters, ignoring case.</summary>
    public bool SameAs(Word other) => Key == other.Key && Span.Equals(other.Span, StringComparison.OrdinalIgnoreCase);

    /// <summary>The first <paramref name="length"/> characters of this word as a word of their own.</summary>
    public Word Prefix(int length)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, Length);
        return new Word(_source!, Offset, length, WordKey.Of(_source.AsSpan(Offset, length)));
    }

    internal static WordShape ShapeOf(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return WordShape.None;
        }

        var shape = char.IsDigit(word[0]) ? WordShape.Number : char.IsUpper(word[0]) ? WordShape.Capitalized : WordShape.None;
        return word.IndexOfAny('\'', '\u2019') > 0 ? shape | WordShape.Apostrophe : shape;
    }

    public TextSpan ToSpan() => new(Offset, Length, Text);

    public override string ToString() => Text;
}

/// <summary>What a word looks like, worked out once while tokenizing.</summary>
[Flags]
internal enum WordShape : byte
{
    None = 0,
    Number = 1,
    Capitalized = 2,
    Apostrophe = 4,
}
