namespace FactCheck.Core.Entities.Local;

/// <summary>A person's name written straight after the name of their institution, with no comma between.</summary>
internal sealed partial class LocalRecognitionPass
{
    /// <summary>
    /// "Washington State University Simon Ličen", "Ferrow Institute Anna Keel": where an institution's keyword is
    /// followed by a known given name and one or two more name words, the run holds two names, the institution and
    /// its member (captions, bylines, interview introductions). Returns where the person starts, or -1.
    /// </summary>
    private int PersonAfterOrganization(NameRun run, int k, int end)
    {
        var folded = run.Block.Folded;
        for (var start = end - 2; start >= k + 1 && start >= end - 3; start--)
        {
            if (!_lexicon.OrganizationKeywords.Contains(folded[start - 1]) || !_lexicon.IsGivenName(folded[start]) ||
                _lexicon.IsLocation(folded[start]) || IsCommonNotName(folded[start]))
            {
                continue;
            }

            var clean = true;
            for (var i = start + 1; i < end && clean; i++)
            {
                clean = !_lexicon.OrganizationKeywords.Contains(folded[i]) && !_lexicon.IsLocation(folded[i]) && !_lexicon.Organizations.Contains(folded[i]);
            }

            if (clean && IsPerson(run, start, end, hasTitle: false))
            {
                return start;
            }
        }

        return -1;
    }

    /// <summary>
    /// "Judge Shanlyn Park", "Dr. Ivo Hall": after a person's title, a first name and a family name that is also an
    /// institution keyword are a person; a title does not stand before a park or a hall.
    /// </summary>
    private bool IsTitledNameEndingInKeywordSurname(NameRun run, int k, int end, bool hasTitle)
    {
        if (!hasTitle || end - k != 2)
        {
            return false;
        }

        var folded = run.Block.Folded;
        var tokens = run.Block.Tokens;
        var first = folded[k];
        var last = folded[end - 1];
        return _lexicon.OrganizationKeywords.Contains(last) && _lexicon.IsSurname(last) && !tokens[k].IsAllCaps &&
               !IsCommonNotName(first) && !_lexicon.IsLocation(first) && !_lexicon.OrganizationKeywords.Contains(first) &&
               !_lexicon.Organizations.Contains(first) && !IsNationalityWord(first) && !_lexicon.IsTitleOrOffice(first);
    }
}
