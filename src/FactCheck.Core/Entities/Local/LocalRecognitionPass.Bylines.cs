using FactCheck.Core.Names;

namespace FactCheck.Core.Entities.Local;

/// <summary>
/// The author lines of papers and reports: names written with bare initials ("N S Andres") or followed by their owner's
/// e-mail address ("Mara Veld m.veld@uni.example"). The shape is a person's whatever the surname is as a word or a
/// place, so these are asked before the run analysis refuses an everyday word or a place name.
/// </summary>
internal sealed partial class LocalRecognitionPass
{
    // Beyond this an address is no e-mail address next to a name.
    private const int MaxEmailLength = 80;

    private bool IsBylineName(NameRun run, int k, int end) => IsNameWithBareInitials(run, k, end) || IsNameBeforeOwnEmail(run, k, end);

    /// <summary>
    /// "N S Andres", "R T Ponce": one or two capital letters without periods, then one word. Places, bodies and titles
    /// take no initials; the word may still be a place name (Ponce) but no everyday word ("J Crew", "K Street") and no
    /// keyword ("S Club").
    /// </summary>
    private bool IsNameWithBareInitials(NameRun run, int k, int end)
    {
        var tokens = run.Block.Tokens;
        if (end - k is < 2 or > 3 || !IsBareInitial(tokens[k]) || tokens[k].Text is "A" or "I")
        {
            return false;
        }

        for (var i = k + 1; i < end - 1; i++)
        {
            if (!IsBareInitial(tokens[i]))
            {
                return false;
            }
        }

        var surname = tokens[end - 1];
        var folded = run.Block.Folded[end - 1];
        return surname.IsCapitalized && !surname.IsAllCaps && !surname.IsAbbreviation && surname.Length >= 3 && !HasDigit(surname.Text) &&
               !HasInnerCapital(surname.Text) && !IsCommonNotName(folded) && !_lexicon.OrganizationKeywords.Contains(folded) &&
               !_lexicon.IsTitleOrOffice(folded) && !IsNationalityWord(folded);
    }

    private static bool IsBareInitial(Token token) => token.IsWord && token.Length == 1 && char.IsUpper(token.Text[0]);

    /// <summary>
    /// "Mara Veld m.veld@uni.example": a name right before an e-mail address made of its own words is that person's,
    /// even where the surname is an everyday word.
    /// </summary>
    private bool IsNameBeforeOwnEmail(NameRun run, int k, int end)
    {
        var tokens = run.Block.Tokens;
        if (end - k is < 2 or > 3 || end >= tokens.Count || tokens[end].AfterLineBreak || tokens[end].IsCapitalized)
        {
            return false;
        }

        var text = _document.Text;
        var start = tokens[end].Start;
        var at = -1;
        var stop = start;
        while (stop < text.Length && stop - start < MaxEmailLength && !char.IsWhiteSpace(text[stop]))
        {
            if (text[stop] == '@')
            {
                at = stop;
            }

            stop++;
        }

        if (at <= start)
        {
            return false;
        }

        var local = text.AsSpan(start, at - start);
        var surname = LastNamePart(run.Block.Folded[end - 1]);
        return surname.Length >= 3 && !surname.Contains(' ') && local.Contains(surname, StringComparison.OrdinalIgnoreCase);
    }
}
