using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using FactCheck.Core.Names;

namespace FactCheck.Core.Entities.Learned;

/// <summary>
/// Every word of every name list with the bits of the lists it is in, so a token costs one lookup rather than one
/// per list; plain ASCII words are looked up lower-cased on the stack, without folding into a new string.
/// </summary>
internal sealed class LexiconFlagTable
{
    private static readonly ConditionalWeakTable<Lexicon, LexiconFlagTable> Tables = new();

    private readonly FrozenDictionary<string, int> _flags;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _spanLookup;

    private LexiconFlagTable(Lexicon lexicon)
    {
        var flags = new Dictionary<string, int>(StringComparer.Ordinal);
        void Mark(IEnumerable<string> words, int bit)
        {
            foreach (var word in words)
            {
                flags[word] = flags.GetValueOrDefault(word) | bit;
            }
        }

        Mark(lexicon.GivenNames, LexiconFlag.GivenName);
        Mark(lexicon.AmbiguousGivenNames, LexiconFlag.AmbiguousGivenName);
        Mark(lexicon.Surnames, LexiconFlag.Surname);
        Mark(lexicon.AmbiguousSurnames, LexiconFlag.AmbiguousSurname);
        Mark(lexicon.Titles, LexiconFlag.Title);
        Mark(lexicon.Offices, LexiconFlag.Office);
        Mark(lexicon.RoleWords, LexiconFlag.RoleWord);
        Mark(lexicon.Nationalities.Keys, LexiconFlag.Nationality);
        Mark(lexicon.Locations, LexiconFlag.Location);
        Mark(lexicon.AmbiguousLocations, LexiconFlag.AmbiguousLocation);
        Mark(lexicon.Organizations, LexiconFlag.Organization);
        Mark(lexicon.OrganizationKeywords, LexiconFlag.OrganizationKeyword);
        Mark(lexicon.CommonWords, LexiconFlag.CommonWord);
        Mark(lexicon.Particles, LexiconFlag.Particle);
        Mark(lexicon.Affiliations, LexiconFlag.Affiliation);
        Mark(lexicon.PhraseFirstWords, LexiconFlag.PhraseFirstWord);
        _flags = flags.ToFrozenDictionary(StringComparer.Ordinal);
        _spanLookup = _flags.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static LexiconFlagTable For(Lexicon lexicon) => Tables.GetValue(lexicon, l => new LexiconFlagTable(l));

    public int Flags(string word)
    {
        Span<char> lower = stackalloc char[64];
        if (word.Length <= lower.Length && IsPlainAscii(word, lower))
        {
            return LexiconFlag.Word | (_spanLookup.TryGetValue(lower[..FoldedLength(word)], out var flags) ? flags : 0);
        }

        return LexiconFlag.Word | _flags.GetValueOrDefault(NameFolding.Fold(word));
    }

    /// <summary>ASCII letters and digits, with at most a final period ("Mr."), which folding drops.</summary>
    private static bool IsPlainAscii(string word, Span<char> lower)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (char.IsAsciiLetterOrDigit(c))
            {
                lower[i] = char.ToLowerInvariant(c);
            }
            else if (c != '.' || i != word.Length - 1)
            {
                return false;
            }
        }

        return true;
    }

    private static int FoldedLength(string word) => word.Length > 0 && word[^1] == '.' ? word.Length - 1 : word.Length;
}
