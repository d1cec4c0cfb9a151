namespace FactCheck.Core.Entities.Local;

/// <summary>
/// Names a speaker breaks off and restarts in a transcript: "Sarah Stoddar- Stoddart". The cut-off fragment and its
/// repair are one mention of one person, not a person "Sarah Stoddar" and another "Stoddart".
/// </summary>
internal sealed partial class LocalRecognitionPass
{
    // Below two letters a fragment ("S-") could restart any word.
    private const int MinRepairFragment = 2;

    private void JoinSelfRepairedNames()
    {
        var text = _document.Text;
        List<(int Index, int End, int RepairStart)>? repairs = null;
        for (var e = 0; e < _entities.Count; e++)
        {
            var entity = _entities[e];
            var end = entity.End;
            if (end + 2 >= text.Length || text[end] != '-' || text[end + 1] != ' ' || entity.Category != EntityCategory.Person ||
                !char.IsUpper(text[end + 2]))
            {
                continue;
            }

            var fragmentStart = entity.Offset + entity.Text.LastIndexOf(' ') + 1;
            var fragment = text.AsSpan(fragmentStart, end - fragmentStart);
            var repairStart = end + 2;
            var repairEnd = repairStart;
            while (repairEnd < text.Length && char.IsLetter(text[repairEnd]))
            {
                repairEnd++;
            }

            if (fragment.Length >= MinRepairFragment && repairEnd - repairStart > fragment.Length &&
                text.AsSpan(repairStart, repairEnd - repairStart).StartsWith(fragment, StringComparison.Ordinal))
            {
                (repairs ??= []).Add((e, repairEnd, repairStart));
            }
        }

        if (repairs is null)
        {
            return;
        }

        var repairedWords = new HashSet<int>();
        foreach (var (index, end, repairStart) in repairs)
        {
            var entity = _entities[index];
            _entities[index] = entity with { Text = text[entity.Offset..end], Length = end - entity.Offset };
            repairedWords.Add(repairStart);
            for (var i = entity.End; i < end; i++)
            {
                _personChars[i] = true;
            }
        }

        // The repair word alone ("Stoddart") may have been taken for a person of its own: it is now inside the name,
        // which starts before it.
        _entities.RemoveAll(e => e.Category == EntityCategory.Person && repairedWords.Contains(e.Offset));
    }
}
