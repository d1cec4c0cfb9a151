namespace FactCheck.Core.Rules.Text;

/// <summary>
/// A growable array of words that hands out its own storage when done (<see cref="ToSegment"/>), so the index keeps
/// the array the tokenizer filled instead of copying it the way <c>List.ToArray</c> would.
/// </summary>
public sealed class WordBuffer
{
    private Word[] _items;

    public WordBuffer(int capacity = 16)
    {
        _items = new Word[Math.Max(16, capacity)];
    }

    public int Count { get; private set; }

    public Word this[int index] => index < Count ? _items[index] : throw new ArgumentOutOfRangeException(nameof(index));

    public void Add(Word word)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[Count++] = word;
    }

    /// <summary>The words added so far, without copying; the buffer must not be added to afterwards.</summary>
    public ArraySegment<Word> ToSegment() => new(_items, 0, Count);
}
