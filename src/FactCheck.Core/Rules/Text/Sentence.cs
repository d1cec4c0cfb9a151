namespace FactCheck.Core.Rules.Text;

/// <summary>A sentence inside a block of the plain text, with the index of that block.</summary>
public sealed record Sentence(int Offset, int Length, string Text, int BlockIndex)
{
    public int End => Offset + Length;

    public TextSpan ToSpan() => new(Offset, Length, Text);

    /// <summary>The sentence's words, tokenized once however many rules ask.</summary>
    public IReadOnlyList<Word> Words => field ??= WordTokenizer.Tokenize(Text, 0, Length).Select(w => w with { Offset = w.Offset + Offset }).ToArray();
}
