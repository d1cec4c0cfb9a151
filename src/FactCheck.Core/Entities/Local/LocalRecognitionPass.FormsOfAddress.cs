using FactCheck.Core.Names;

namespace FactCheck.Core.Entities.Local;

/// <summary>
/// Forms of address that stand for a person: "Your Honor", "Mr. President", "Mr. Chief Justice", and the party
/// designations a brief writes as names ("Petitioner contends"). They are persons for the reader, so they are
/// Person entities, but with <see cref="PersonSubcategory.FormOfAddress"/>: they name no one, and the name rules
/// must never read "Honor" or "Petitioner" as a surname. This pass runs after the name passes so that none of
/// them builds on these spans.
/// </summary>
internal sealed partial class LocalRecognitionPass
{
    private void MarkFormsOfAddress()
    {
        List<(int Start, int End)>? spans = null;
        HashSet<string>? namedParties = null;
        foreach (var run in _runs)
        {
            if (run.IsOrganization || run.Block.TitleCase)
            {
                continue;
            }

            var tokens = run.Block.Tokens;
            var folded = run.Block.Folded;
            var k = run.From;
            if (FormsOfAddress.CourtesyTitles.Contains(folded[k]) && run.To - k >= 2 && IsOfficeOnly(folded, k + 1, run.To))
            {
                (spans ??= []).Add((tokens[k].Start, tokens[run.To - 1].End));
                continue;
            }

            var honorific = folded[k] == "your" ? k + 1 : k > 0 && folded[k - 1] == "your" ? k : -1;
            if (honorific >= 0 && honorific == run.To - 1 && FormsOfAddress.Honorifics.Contains(folded[honorific]))
            {
                (spans ??= []).Add((tokens[honorific].Start, tokens[honorific].End));
                continue;
            }

            // A party word is written as a name when the document capitalizes it inside a sentence; at a sentence
            // start the capital says nothing, so those count only once the document has shown its convention.
            if (LonePartyAt(run) is var party and >= 0 && !tokens[party].StartsSentence && !tokens[party].AfterLineBreak)
            {
                (namedParties ??= new HashSet<string>(StringComparer.Ordinal)).Add(folded[party]);
            }
        }

        if (namedParties is not null)
        {
            foreach (var run in _runs)
            {
                if (!run.IsOrganization && !run.Block.TitleCase && LonePartyAt(run) is var party and >= 0 && namedParties.Contains(run.Block.Folded[party]))
                {
                    (spans ??= []).Add((run.Block.Tokens[party].Start, run.Block.Tokens[party].End));
                }
            }
        }

        if (spans is not null)
        {
            AddFormsOfAddress(spans);
        }
    }

    /// <summary>"Mr. President", "Madam Chief Justice": an office alone after a courtesy title, with no name after it.</summary>
    private bool IsOfficeOnly(string[] folded, int from, int to)
    {
        var phrase = to - from == 1 ? folded[from] : string.Join(' ', folded, from, to - from);
        var kinds = _lexicon.KindsOf(phrase);
        // "Mr. Major", "Mrs. Bishop": an office word that is also a family name is the name.
        return (kinds & Lexicon.WordKind.Office) != 0 &&
               (kinds & (Lexicon.WordKind.Surname | Lexicon.WordKind.AmbiguousSurname | Lexicon.WordKind.GivenName)) == 0;
    }

    /// <summary>
    /// The index of a capitalized party word standing alone ("the Petitioner", "Respondent submits", or after the
    /// capitalized first word of a sentence: "Had Petitioner pled"), or -1. Not "a Petitioner" (one of many) and not
    /// "Plaintiff Jones" (a title before the name, which the run would include).
    /// </summary>
    private int LonePartyAt(NameRun run)
    {
        var k = run.To - 1;
        var tokens = run.Block.Tokens;
        var folded = run.Block.Folded;
        if (tokens[k].IsAllCaps || !FormsOfAddress.PartyDesignations.Contains(folded[k]) ||
            (k > 0 && folded[k - 1] is "a" or "an" or "any" or "each" or "every" or "another"))
        {
            return -1;
        }

        if (k == run.From)
        {
            return k;
        }

        return k - 1 == run.From && tokens[k - 1].StartsSentence && (IsCommonNotName(folded[k - 1]) || _lexicon.NeverNames.Contains(folded[k - 1])) ? k : -1;
    }

    /// <summary>
    /// Adds the spans as form-of-address persons. A span that an earlier pass took for a name ("Honor" is also a
    /// given name) becomes a form of address; titles read inside it ("Mr.", "President") give way to it; a span
    /// overlapping a different person is left alone.
    /// </summary>
    private void AddFormsOfAddress(List<(int Start, int End)> spans)
    {
        var exactPersons = new HashSet<(int, int)>();
        foreach (var entity in _entities)
        {
            if (entity.Category == EntityCategory.Person)
            {
                exactPersons.Add((entity.Offset, entity.End));
            }
        }

        var accepted = new HashSet<(int, int)>();
        var acceptedChars = new System.Collections.BitArray(_document.Text.Length);
        foreach (var (start, end) in spans)
        {
            if ((IsCoveredByPerson(start, end) && !exactPersons.Contains((start, end))) || !accepted.Add((start, end)))
            {
                continue;
            }

            for (var i = start; i < end; i++)
            {
                acceptedChars[i] = true;
            }
        }

        if (accepted.Count == 0)
        {
            return;
        }

        _entities.RemoveAll(e =>
            (e.Category == EntityCategory.Person && accepted.Contains((e.Offset, e.End))) ||
            (e.Category == EntityCategory.PersonType && acceptedChars[e.Offset] && acceptedChars[e.End - 1]));
        foreach (var (start, end) in accepted)
        {
            for (var i = start; i < end; i++)
            {
                _personChars[i] = true;
            }

            _entities.Add(new Entity(_document.Text[start..end], EntityCategory.Person, start, end - start) { Subcategory = PersonSubcategory.FormOfAddress });
        }
    }
}
