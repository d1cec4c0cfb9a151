namespace FactCheck.Core.Entities.Local;

/// <summary>The full name of someone the document already calls by their given name alone.</summary>
internal sealed partial class LocalRecognitionPass
{
    /// <summary>
    /// "Hey Frank" … "Frank Messina": once the document has a given name as a person, the same given name directly
    /// before a capitalized word is that person's full name, even when the surname is also a place (Messina), which
    /// alone keeps the pair from being read as a name. Only two-word runs, and never before a keyword, an
    /// organisation, a title or an everyday word ("Frank Street", "Frank Foundation"); in a headline too, where the
    /// given name is already known and the everyday words are excluded.
    /// </summary>
    private void ExtendKnownGivenNames()
    {
        Dictionary<int, int>? personAt = null;
        foreach (var run in _runs)
        {
            if (run.To - run.From != 2 || run.IsOrganization)
            {
                continue;
            }

            var tokens = run.Block.Tokens;
            var folded = run.Block.Folded;
            var given = tokens[run.From];
            var surname = tokens[run.From + 1];
            if (!_personChars[given.Start] || _personChars[surname.Start] || !_lexicon.IsAnyGivenName(folded[run.From]) ||
                surname.IsAllCaps || surname.IsInitial || IsCommonNotName(folded[run.From + 1]) ||
                _lexicon.OrganizationKeywords.Contains(folded[run.From + 1]) || _lexicon.Organizations.Contains(folded[run.From + 1]) ||
                _lexicon.IsTitleOrOffice(folded[run.From + 1]) || IsNationalityWord(folded[run.From + 1]))
            {
                continue;
            }

            personAt ??= PersonIndexByOffset();
            if (personAt.TryGetValue(given.Start, out var index) && _entities[index].End == given.End)
            {
                _entities[index] = _entities[index] with { Text = _document.Text[given.Start..surname.End], Length = surname.End - given.Start };
                for (var i = surname.Start; i < surname.End; i++)
                {
                    _personChars[i] = true;
                }
            }
        }
    }

    private Dictionary<int, int> PersonIndexByOffset()
    {
        var index = new Dictionary<int, int>();
        for (var i = 0; i < _entities.Count; i++)
        {
            if (_entities[i].Category == EntityCategory.Person)
            {
                index[_entities[i].Offset] = i;
            }
        }

        return index;
    }
}
