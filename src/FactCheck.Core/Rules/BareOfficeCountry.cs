using System.Collections.Frozen;
using FactCheck.Core.Archive;
using FactCheck.Core.Entities;
using FactCheck.Core.Names;
using FactCheck.Core.Rules.Names;
using FactCheck.Core.Rules.Text;

namespace FactCheck.Core.Rules;

/// <summary>
/// Whose a national office written without its country is ("Foreign Minister Ahmet Davutoglu"), read from the rest of
/// the draft: the one country the draft names, by a nationality ("Turkish officials", "the Turkish lira") or a
/// country name not standing for a place someone goes to or is in ("Turkey's parliament", but not "arrived in
/// Turkey": a visiting foreign minister is another country's). Two countries anywhere in the draft, a country only
/// named as a place, or an office written with more than its own words ("Club President") leave it without one.
/// Only the offices a country has one of are read this way: a bare "Mayor" or "Governor" belongs to a city or a
/// state, which no country word names.
/// </summary>
internal static class BareOfficeCountry
{
    private static readonly FrozenSet<string> NationalOffices = new[]
    {
        "president", "vice president", "chancellor", "premier", "secretary of state", "foreign secretary", "home secretary",
        "defense secretary", "treasury secretary",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words before a country name that make it a place: where someone is, goes or comes from.</summary>
    private static readonly FrozenSet<string> PlaceWords = new[]
    {
        "in", "to", "from", "into", "across", "toward", "towards", "at", "near", "visit", "visits", "visited", "visiting",
        "via", "through", "throughout", "inside", "outside", "around", "leave", "left", "leaving", "enter", "entered",
    }.ToFrozenSet(StringComparer.Ordinal);

    private const int LongestCountry = 4;

    /// <summary>The country (folded, as office keys hold it: "turkey") of a holder's bare office, or null.</summary>
    public static string? Of(RoleFacts.Holder holder, TextIndex index)
    {
        if (holder.Nationality is not null || !IsNationalOffice(holder.Office) || !IsOfficeAlone(holder.Role, holder.Office))
        {
            return null;
        }

        var mentions = CountryMentions(index);
        var countries = mentions.Select(m => m.Country).Distinct(StringComparer.Ordinal).ToArray();
        return countries.Length == 1 && mentions.Any(m => !m.AsPlace) ? countries[0] : null;
    }

    /// <summary>The office keys of the draft's bare national offices whose country the draft settles, for the archive lookup.</summary>
    public static IReadOnlyList<string> OfficeKeysOf(DocumentAnalysis analysis, TextIndex index, IReadOnlyList<NameAuthorityEntry> authority) =>
        new RoleFacts(analysis, authority).SingleHolderRoles
            .Select(h => Of(h, index) is { } country ? OfficeKey.Of(h.Office, country) : null)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToArray();

    private static bool IsNationalOffice(string office) =>
        NationalOffices.Contains(office) || office.EndsWith(" minister", StringComparison.Ordinal) || office == "minister";

    /// <summary>"Foreign Minister", "the foreign minister": the office and nothing else that could say whose it is.</summary>
    private static bool IsOfficeAlone(RoleAttribution role, string office)
    {
        var words = NameFolding.Fold(role.Span.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = words.Length > 0 && words[0] == "the" ? 1 : 0;
        return OfficeNames.Normalize(string.Join(' ', words.Skip(start))) == office;
    }

    private static List<(string Country, bool AsPlace)> CountryMentions(TextIndex index)
    {
        var lexicon = Lexicon.Shared;
        var countryNames = lexicon.Nationalities.Values.ToHashSet(StringComparer.Ordinal);
        var words = index.Words;
        var found = new List<(string, bool)>();
        for (var i = 0; i < words.Count; i++)
        {
            if (!words[i].IsCapitalized && !words[i].Text.All(c => char.IsUpper(c) || c == '.'))
            {
                continue;
            }

            // The longest phrase first: "United States", "Turkish Cypriot".
            for (var length = Math.Min(LongestCountry, words.Count - i); length >= 1; length--)
            {
                var phrase = NameFolding.Fold(string.Join(' ', Enumerable.Range(i, length).Select(j => StripPossessive(words[j].Text))));
                if (lexicon.Nationalities.TryGetValue(phrase, out var country))
                {
                    found.Add((country, false));
                }
                else if (countryNames.Contains(phrase))
                {
                    var before = i > 0 ? NameFolding.Fold(words[i - 1].Text) : "";
                    var afterThe = before == "the" && i > 1 ? NameFolding.Fold(words[i - 2].Text) : before;
                    found.Add((phrase, PlaceWords.Contains(afterThe)));
                }
                else
                {
                    continue;
                }

                i += length - 1;
                break;
            }
        }

        return found;
    }

    private static string StripPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal) ? word[..^2] : word;
}
