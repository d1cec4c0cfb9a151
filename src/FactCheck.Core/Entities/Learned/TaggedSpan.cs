namespace FactCheck.Core.Entities.Learned;

/// <summary>
/// A person-name span found by <see cref="PersonTagger"/>: <see cref="Offset"/> and <see cref="Length"/> are UTF-16
/// code units into the tagged text. <see cref="Margin"/> is the smallest, over the span's tokens, of the score of the
/// chosen tag minus the best other tag: near zero is a coin toss, large is sure.
/// </summary>
public readonly record struct TaggedSpan(int Offset, int Length, float Margin)
{
    public int End => Offset + Length;
}

/// <summary>The tagger's BIO label of one token.</summary>
public enum PersonTag : byte
{
    Outside = 0,
    Begin = 1,
    Inside = 2,
}

/// <summary>
/// The tagger's decision on one scored token (a token that could start or continue a name); tokens that cannot are
/// <see cref="PersonTag.Outside"/> without a score and are not listed.
/// </summary>
public readonly record struct TokenDecision(int Offset, int Length, PersonTag Tag, float Margin)
{
    public int End => Offset + Length;
}

/// <summary>Everything one tagging run decided: the name spans and the per-token decisions behind them.</summary>
public sealed record PersonTagging(IReadOnlyList<TaggedSpan> Spans, IReadOnlyList<TokenDecision> Tokens);
