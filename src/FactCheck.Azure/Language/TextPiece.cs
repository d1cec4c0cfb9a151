namespace FactCheck.Azure.Language;

/// <summary>
/// One document sent to the service: <see cref="Text"/> starts at <see cref="Start"/> (UTF-16) in the whole text.
/// <see cref="OwnedEnd"/> is where the next piece takes over: entities starting at or after it are left to the
/// next piece, which sees them with their right-hand context (equal to the piece end when the cut fell between
/// sentences and nothing overlaps).
/// </summary>
internal sealed record TextPiece(int Start, string Text, int TextElements, int OwnedEnd)
{
    public int End => Start + Text.Length;
}
