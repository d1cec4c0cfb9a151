namespace FactCheck.Core.Names;

/// <summary>
/// The tokens of the characters just before and just after a name mention. The role and the affiliation readers
/// both read the same windows of every mention; this tokenizes each window once for both.
/// </summary>
internal sealed class TokenWindows
{
    /// <summary>A title in front of a name is a few words, an appositive after it a short phrase.</summary>
    public const int Reach = 64;

    private readonly string _text;
    private (int Start, int End, List<Token> Tokens) _lastBefore = (-1, -1, []);
    private (int Start, int End, List<Token> Tokens) _lastAfter = (-1, -1, []);

    public TokenWindows(string text) => _text = text;

    /// <summary>The tokens of up to <see cref="Reach"/> characters ending at <paramref name="offset"/>; shared, not to be changed.</summary>
    public List<Token> Before(int offset)
    {
        var start = Math.Max(0, offset - Reach);
        if (_lastBefore.Start != start || _lastBefore.End != offset)
        {
            _lastBefore = (start, offset, Tokenizer.Tokenize(_text, start, offset));
        }

        return _lastBefore.Tokens;
    }

    /// <summary>The tokens of up to <see cref="Reach"/> characters starting at <paramref name="offset"/>; shared, not to be changed.</summary>
    public List<Token> After(int offset)
    {
        var end = Math.Min(_text.Length, offset + Reach);
        if (_lastAfter.Start != offset || _lastAfter.End != end)
        {
            _lastAfter = (offset, end, Tokenizer.Tokenize(_text, offset, end));
        }

        return _lastAfter.Tokens;
    }
}
