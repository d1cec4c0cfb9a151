namespace FactCheck.Core.Documents;

/// <summary>
/// Collects <c>factcheck-disable</c>, <c>factcheck-enable</c> and <c>factcheck-disable-next-line</c> comments
/// (syntax in docs/suppressions.md) as they are met during extraction, at the plain-text offset reached so far,
/// and turns them into <see cref="Suppression"/> ranges once the text and its blocks are complete.
/// </summary>
internal sealed class SuppressionTracker
{
    private const string Disable = "factcheck-disable";
    private const string Enable = "factcheck-enable";
    private const string DisableNextLine = "factcheck-disable-next-line";

    private readonly List<OpenRegion> _open = [];
    private readonly List<Suppression> _closed = [];
    private readonly List<OpenRegion> _nextLine = [];

    /// <summary>Reads one comment's body (without <c>&lt;!--</c> and <c>--&gt;</c>); returns false when it is no directive.</summary>
    public bool TryApply(ReadOnlySpan<char> commentBody, int plainOffset)
    {
        var words = commentBody.ToString().Split([' ', '\t', '\r', '\n', ','], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return false;
        }

        // Everything after a lone "--" is the editor's reason, not rule ids.
        // (A comment that starts with "--" is no directive; the guard keeps the slice valid for it.)
        var reasonAt = Array.IndexOf(words, "--");
        var rules = words[1..(reasonAt < 0 ? words.Length : Math.Max(reasonAt, 1))];
        switch (words[0].ToLowerInvariant())
        {
            case Disable:
                _open.Add(new OpenRegion(plainOffset, rules));
                return true;
            case DisableNextLine:
                _nextLine.Add(new OpenRegion(plainOffset, rules));
                return true;
            case Enable:
                ApplyEnable(rules, plainOffset);
                return true;
            default:
                return false;
        }
    }

    public IReadOnlyList<Suppression> Finish(int textLength, IReadOnlyList<TextBlock> blocks)
    {
        var result = new List<Suppression>(_closed);
        foreach (var region in _open)
        {
            AddIfNotEmpty(result, region.Start, textLength, region.Rules);
        }

        foreach (var pending in _nextLine)
        {
            var block = blocks.FirstOrDefault(b => b.End > pending.Start);
            if (block is not null)
            {
                AddIfNotEmpty(result, Math.Max(pending.Start, block.Start), block.End, pending.Rules);
            }
        }

        return result.OrderBy(s => s.Start).ThenBy(s => s.End).ToArray();
    }

    private void ApplyEnable(string[] rules, int plainOffset)
    {
        if (rules.Length == 0)
        {
            foreach (var region in _open)
            {
                AddIfNotEmpty(_closed, region.Start, plainOffset, region.Rules);
            }

            _open.Clear();
            return;
        }

        // "factcheck-enable rule-a" ends rule-a's regions; other rules of the same region stay disabled.
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            var region = _open[i];
            if (region.Rules.Length == 0 || !region.Rules.Any(r => rules.Contains(r, StringComparer.Ordinal)))
            {
                continue;
            }

            AddIfNotEmpty(_closed, region.Start, plainOffset, region.Rules);
            var remaining = region.Rules.Where(r => !rules.Contains(r, StringComparer.Ordinal)).ToArray();
            if (remaining.Length > 0)
            {
                _open[i] = new OpenRegion(plainOffset, remaining);
            }
            else
            {
                _open.RemoveAt(i);
            }
        }
    }

    private static void AddIfNotEmpty(List<Suppression> target, int start, int end, string[] rules)
    {
        if (end > start)
        {
            target.Add(new Suppression(start, end, rules));
        }
    }

    private sealed record OpenRegion(int Start, string[] Rules);
}
