namespace FactCheck.Core.Model;

/// <summary>A span of the plain text (UTF-16 offsets), with its text.</summary>
public sealed record TextSpan(int Offset, int Length, string Text)
{
    public int End => Offset + Length;
}
