namespace FactCheck.Core.Rules.Text;

/// <summary>A run of letters (with inner apostrophes) or of digits, located in the plain text.</summary>
public readonly record struct Word(int Offset, int Length, string Text)
{
    public int End => Offset + Length;

    public bool IsNumber => Text.Length > 0 && char.IsDigit(Text[0]);

    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);

    public TextSpan ToSpan() => new(Offset, Length, Text);
}
