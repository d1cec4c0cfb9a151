using FactCheck.Core.Names;

namespace FactCheck.Core.Entities.Local;

/// <summary>
/// The reference list of a paper: blocks that <see cref="BibliographyEntryReader"/> reads as entries ("Marks, H., &amp;
/// Rice, J. (2016)."). Every author there is a person, even where the surname is an everyday word (Cross, Marks,
/// Baker, Rice), because the shape of the entry, not the word, says so. One such block can be chance ("Brown,
/// Gordon. The prime minister said in 2010"); a list of them, or one under a "References" heading, is a bibliography.
/// </summary>
internal sealed partial class LocalRecognitionPass
{
    private const int MinBibliographyEntries = 2;

    private static readonly HashSet<string> ReferenceHeadings = new(StringComparer.Ordinal)
    {
        "references", "bibliography", "works cited", "literature cited", "sources", "literature", "reference list",
    };

    private readonly List<(int Start, int End)> _bibliographyAuthors = [];

    // Where the given names of inverted authors start: "A. M." of "Cross, A. M." is no run to analyse on its own.
    private readonly HashSet<int> _bibliographyGivenNames = [];
    private BibliographyEntryReader? _entryReader;
    private int _bibliographyEntries;
    private bool _afterReferenceHeading;

    /// <summary>Reads <paramref name="block"/> as a bibliography entry and keeps its authors' spans if it is one.</summary>
    private void ReadBibliographyEntry(BlockTokens block)
    {
        var tokens = block.Tokens;
        if (tokens.Count <= 3)
        {
            _afterReferenceHeading = tokens.Count > 0 && IsReferenceHeading(block);
            return;
        }

        _entryReader ??= new BibliographyEntryReader(_lexicon);
        if (_entryReader.TryRead(tokens, block.Folded))
        {
            _bibliographyEntries++;
            if (_afterReferenceHeading)
            {
                // Under a heading one entry is enough: count it as the list it heads.
                _bibliographyEntries = Math.Max(_bibliographyEntries, MinBibliographyEntries);
            }

            _bibliographyAuthors.AddRange(_entryReader.Authors);
            _bibliographyGivenNames.UnionWith(_entryReader.GivenNames);
            return;
        }

        _afterReferenceHeading = false;
    }

    private void MarkBibliographyAuthors()
    {
        if (_bibliographyEntries < MinBibliographyEntries)
        {
            _bibliographyAuthors.Clear();
            _bibliographyGivenNames.Clear();
            return;
        }

        foreach (var (start, end) in _bibliographyAuthors)
        {
            AddPerson(start, end);
        }
    }

    /// <summary>A run inside a bibliography author's span or given names: the entry has read it, the run analysis must not.</summary>
    private bool IsBibliographyAuthorRun(NameRun run) =>
        _bibliographyAuthors.Count > 0 && (_personChars[run.Block.Tokens[run.From].Start] || _bibliographyGivenNames.Contains(run.Block.Tokens[run.From].Start));

    private static bool IsReferenceHeading(BlockTokens block)
    {
        var words = block.Tokens.Count;
        var last = block.Tokens[words - 1].Is(':') ? words - 1 : words;
        var heading = last switch
        {
            1 => block.Folded[0],
            2 => block.Folded[0] + " " + block.Folded[1],
            _ => null,
        };
        return heading is not null && ReferenceHeadings.Contains(heading);
    }
}
