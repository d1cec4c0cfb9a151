namespace FactCheck.Core.Names;

/// <summary>What a token is.</summary>
public enum TokenKind
{
    Word,
    Number,
    /// <summary>A possessive ending split off a word: "’s", "'s", or a bare apostrophe after a plural.</summary>
    Possessive,
    Punctuation,
}

/// <summary>
/// A token of the plain text: <see cref="Start"/> and <see cref="Length"/> are UTF-16 offsets. Flags are computed
/// once by the tokenizer so the recognizer never re-reads characters.
/// </summary>
public readonly record struct Token(int Start, int Length, TokenKind Kind, string Text)
{
    public int End => Start + Length;

    /// <summary>The word starts with an upper-case letter (or a lower-case name particle joined to one: "al-Mekdad").</summary>
    public bool IsCapitalized { get; init; }

    /// <summary>Every letter is upper case and there are at least two ("NATO", "SDF").</summary>
    public bool IsAllCaps { get; init; }

    /// <summary>A single upper-case letter with its dot ("L.").</summary>
    public bool IsInitial { get; init; }

    /// <summary>Ends with a period that belongs to it ("Mr.", "U.S.").</summary>
    public bool IsAbbreviation { get; init; }

    /// <summary>First word of a sentence, where capitals say nothing about names.</summary>
    public bool StartsSentence { get; init; }

    /// <summary>Whitespace between this token and the previous one contains a line break.</summary>
    public bool AfterLineBreak { get; init; }

    public bool IsWord => Kind == TokenKind.Word;

    public bool Is(char punctuation) => Kind == TokenKind.Punctuation && Text.Length == 1 && Text[0] == punctuation;
}
