using FactCheck.Core.Model;

namespace FactCheck.Core.Rules.Text;

/// <summary>A sentence inside a block of the plain text: where it is, which block holds it, and its words.</summary>
public sealed class Sentence
{
    private readonly string _source;

    internal Sentence(string source, int offset, int length, int blockIndex, ArraySegment<Word> words)
    {
        _source = source;
        Offset = offset;
        Length = length;
        BlockIndex = blockIndex;
        Words = words;
    }

    public int Offset { get; }

    public int Length { get; }

    public int End => Offset + Length;

    public int BlockIndex { get; }

    /// <summary>The sentence's words, a slice of the document's <see cref="TextIndex.Words"/>.</summary>
    public ArraySegment<Word> Words { get; }

    public string Text => field ??= _source.Substring(Offset, Length);

    public TextSpan ToSpan() => new(Offset, Length, Text);

    public override string ToString() => Text;
}
