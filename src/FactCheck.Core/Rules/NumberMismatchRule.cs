using System.Globalization;
using FactCheck.Core.Model;
using FactCheck.Core.Rules.Text;

namespace FactCheck.Core.Rules;

/// <summary>
/// Flags one quantity stated with two different numbers: the same unit and head noun ("a 950-kilometre border" …
/// "the 911 km border") or the same casualty count ("12 people were killed" … "the 14 killed"). It shows both and
/// does not guess which is right. Built for precision: approximations, subsets, updates and mentions tied to different
/// places or years are left alone, and so are a later measure introduced with "a" (another thing of that size) and
/// quantities stated with three or more different numbers (a list of different things, not a slip).
/// </summary>
public sealed class NumberMismatchRule : IRule
{
    public static RuleDescriptor Info { get; } = new(
        "number-mismatch",
        "Same quantity, different numbers",
        Severity.Warning,
        "One quantity is given two different numbers (a 950-kilometre border … the 911 km border; 12 killed … the 14 killed).");

    // The word lists are Rules/Data/number-mismatch.txt, which says what each is for. Lists is first: static fields
    // are set in the order they are written.
    private static readonly RuleWordLists Lists = RuleWordLists.Load("number-mismatch.txt");

    private static readonly WordMap<string> Units = Lists.Map("units");

    private static readonly WordMap<string> Events = Lists.Map("events");

    private static readonly WordSet KillingVerbs = Lists.Set("killing-verbs");

    /// <summary>Nouns that count people in general: "12 people were killed" and "the 14 killed" count the same thing.</summary>
    private static readonly HashSet<string> GenericCounted = new(Lists.Words("generic-counted"), StringComparer.OrdinalIgnoreCase);

    private static readonly WordSet Auxiliaries = Lists.Set("auxiliaries");

    /// <summary>Words before a number that make it approximate, partial or a different set; such mentions never flag.</summary>
    private static readonly WordSet Hedges = Lists.Set("hedges");

    /// <summary>A sentence with these words reports a change or a part, not the same count again.</summary>
    private static readonly WordSet ChangeWords = Lists.Set("change-words");

    /// <summary>Head nouns of quantities that move (rates, shares, targets): two values are usually two moments, not a mistake.</summary>
    private static readonly WordSet VolatileHeads = Lists.Set("volatile-heads");

    private static readonly WordSet HeadStops = Lists.Set("head-stops");

    /// <summary>Capitalised words after "in" or "on" that name a time, not a place ("in June"); matched with their capital.</summary>
    private static readonly HashSet<string> TimeWords = new(Lists.Words("time-words"), StringComparer.Ordinal);

    private static readonly WordSet Prepositions = Lists.Set("prepositions");

    public RuleDescriptor Descriptor => Info;

    public IEnumerable<Finding> Check(RuleContext context)
    {
        var mentions = FindMentions(context.Text, context.TextIndex.Sentences);
        foreach (var group in mentions.GroupBy(m => m.Key))
        {
            var list = group.ToArray();
            for (var later = 1; later < list.Length; later++)
            {
                var other = list[later];
                var first = list.Take(later).FirstOrDefault(m => SameQuantity(m, other));
                if (first is null || other.Value == first.Value || other.Indefinite ||
                    list.Where(m => SameQuantity(m, other) || m == other).Select(m => m.Value).Distinct().Count() > 2)
                {
                    continue;
                }

                var what = first.Heads.Count == 0 ? first.Description : $"{other.HeadsInOrder.Last(first.Heads.Contains)} in {first.Key}";
                var values = new[] { first.Value, other.Value }.Order().Select(v => v.ToString(CultureInfo.InvariantCulture)).ToArray();
                yield return new Finding(
                    other.Span,
                    $"'{other.Span.Text}' here but '{first.Span.Text}' earlier: the same {what} given as {Format(first.Value)} and {Format(other.Value)}; check which is right")
                {
                    Related = [first.Span],
                    Evidence = [first.Key, what, values[0], values[1]],
                };
            }
        }
    }

    private static List<Mention> FindMentions(string text, IReadOnlyList<Sentence> sentences)
    {
        var mentions = new List<Mention>();
        for (var s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s].Words;
            var span = words.AsSpan();
            bool? reportsChange = null;
            HashSet<string>? years = null;
            for (var i = 0; i < span.Length; i++)
            {
                if (!NumberParser.MayBeNumber(span[i]) || ReadNumber(text, words, i) is not { } number)
                {
                    continue;
                }

                var mention = MeasureMention(text, words, number, s) ?? EventAfterNumber(text, words, number, s) ?? EventBeforeNumber(text, words, number, s);
                if (mention is not null && (reportsChange ??= words.Any(ChangeWords.Contains)) == false)
                {
                    years ??= words.Where(w => w.IsNumber && w.Length == 4 && w.Span[0] is '1' or '2').Select(w => w.Text).ToHashSet(StringComparer.Ordinal);
                    mentions.Add(mention with { Years = years });
                }

                i = number.Last;
            }
        }

        return mentions;
    }

    /// <summary>
    /// Two mentions of one unit or event are the same quantity when they share a head noun (or count people), sit in
    /// different sentences (a sentence giving two numbers is contrasting them) and are not tied to different names.
    /// </summary>
    private static bool SameQuantity(Mention first, Mention other) =>
        first.Sentence != other.Sentence &&
        (first.Heads.Count == 0 ? other.Heads.Count == 0 : first.Heads.Overlaps(other.Heads)) &&
        Compatible(first.Context, other.Context) && Compatible(first.Years, other.Years);

    /// <summary>Two mentions tied to names (or years) are about different things only when both are tied and share none.</summary>
    private static bool Compatible(HashSet<string> first, HashSet<string> other) =>
        first.Count == 0 || other.Count == 0 || first.Overlaps(other);

    private static string Format(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    /// <summary>"950-kilometre common border", "the 911 km border", "a 40% stake".</summary>
    private static Mention? MeasureMention(string text, ArraySegment<Word> words, NumberAt number, int sentence)
    {
        var next = number.Last + 1;
        string? unit = null;
        var unitEnd = words[number.Last].End;
        var afterNumber = SkipSpaces(text, unitEnd);
        if (afterNumber < text.Length && text[afterNumber] == '%')
        {
            unit = "%";
            unitEnd = afterNumber + 1;
        }
        else if (next < words.Count && Units.TryGetValue(words[next], out var named) && Joined(text, words[number.Last].End, words[next].Offset))
        {
            unit = named;
            unitEnd = words[next].End;
            next++;
        }

        if (unit is null || next >= words.Count || !Joined(text, unitEnd, words[next].Offset))
        {
            return null;
        }

        // The head noun is one of the few words after the unit: "950-kilometre common border" → "common", "border".
        var heads = new List<string>();
        var last = -1;
        for (var j = next; j < words.Count && j < next + 3; j++)
        {
            var word = words[j];
            if (HeadStops.Contains(word) || word.IsNumber || word.IsCapitalized || Units.ContainsKey(word) ||
                (j > next && !Joined(text, words[j - 1].End, word.Offset)))
            {
                break;
            }

            if (VolatileHeads.Contains(IsPlural(word.Span) ? word.Span[..^1] : word.Span))
            {
                return null;
            }

            heads.Add(Singular(word.Text.ToLowerInvariant()));
            last = j;
        }

        if (last < 0)
        {
            return null;
        }

        var start = words[number.First].Offset;
        var end = words[last].End;
        var indefinite = number.First > 0 && (words[number.First - 1].Is("a") || words[number.First - 1].Is("an") || words[number.First - 1].Is("one"));
        return new Mention(unit, number.Value, new TextSpan(start, end - start, text.Substring(start, end - start)), sentence, unit, ContextAfter(words, last + 1))
        {
            Heads = heads.ToHashSet(StringComparer.Ordinal),
            HeadsInOrder = heads,
            Indefinite = indefinite,
        };
    }

    /// <summary>"12 people were killed", "the 14 killed", "five dead".</summary>
    private static Mention? EventAfterNumber(string text, ArraySegment<Word> words, NumberAt number, int sentence)
    {
        string? counted = null;
        for (var j = number.Last + 1; j < words.Count && j <= number.Last + 4; j++)
        {
            var word = words[j];
            if (!Joined(text, words[j - 1].End, word.Offset))
            {
                return null;
            }

            if (Events.TryGetValue(word, out var kind))
            {
                return Event(text, words, number, j, kind, counted, sentence);
            }

            if (Auxiliaries.Contains(word))
            {
                continue;
            }

            if (counted is not null || word.IsCapitalized || word.IsNumber || HeadStops.Contains(word))
            {
                return null;
            }

            counted = word.Text.ToLowerInvariant();
        }

        return null;
    }

    /// <summary>"killed 12 people", "killing five girls".</summary>
    private static Mention? EventBeforeNumber(string text, ArraySegment<Word> words, NumberAt number, int sentence)
    {
        var verb = number.First - 1;
        if (verb < 0 || !KillingVerbs.Contains(words[verb]) || !Joined(text, words[verb].End, words[number.First].Offset))
        {
            return null;
        }

        var kind = words[verb].Span.StartsWith("kill", StringComparison.OrdinalIgnoreCase) ? "killed" : "injured";
        var nounIndex = number.Last + 1;
        if (nounIndex >= words.Count || !Joined(text, words[number.Last].End, words[nounIndex].Offset) ||
            words[nounIndex].IsCapitalized || HeadStops.Contains(words[nounIndex]))
        {
            return null;
        }

        var counted = words[nounIndex].Text.ToLowerInvariant();
        var start = words[verb].Offset;
        var span = new TextSpan(start, words[nounIndex].End - start, text.Substring(start, words[nounIndex].End - start));
        return new Mention(EventKey(kind, counted), number.Value, span, sentence, Describe(kind), ContextAfter(words, nounIndex + 1));
    }

    private static Mention? Event(string text, ArraySegment<Word> words, NumberAt number, int eventIndex, string kind, string? counted, int sentence)
    {
        // "six deaths were of children" describes part of a toll, not the toll.
        var after = eventIndex + 1;
        while (after < words.Count && Auxiliaries.Contains(words[after]))
        {
            after++;
        }

        if (after < words.Count && words[after].Span is "of" or "among")
        {
            return null;
        }

        var start = words[number.First].Offset;
        var span = new TextSpan(start, words[eventIndex].End - start, text.Substring(start, words[eventIndex].End - start));
        return new Mention(EventKey(kind, counted), number.Value, span, sentence, Describe(kind), ContextAfter(words, eventIndex + 1));
    }

    private static string Describe(string kind) => kind == "killed" ? "death toll" : "number of injured";

    private static string EventKey(string kind, string? counted) =>
        counted is null || GenericCounted.Contains(counted) ? kind : $"{kind} {Singular(counted)}";

    /// <summary>What a mention is tied to: the name after a following "in", "with", "at" ("killed in Kabul", "border with Turkey").</summary>
    private static HashSet<string> ContextAfter(ArraySegment<Word> words, int from)
    {
        var context = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var j = from; j < words.Count && j < from + 4; j++)
        {
            if (!Prepositions.Contains(words[j]))
            {
                continue;
            }

            var target = j + 1;
            while (target < words.Count && words[target].Span is "the" or "a" or "an")
            {
                target++;
            }

            // Only names tell two events or borders apart; "in the blast" and "on Friday" describe the same one.
            if (target < words.Count && words[target].IsCapitalized && !TimeWords.Contains(words[target].Text))
            {
                context.Add(words[target].Text);
            }

            break;
        }

        return context;
    }

    private static NumberAt? ReadNumber(string text, ArraySegment<Word> words, int index)
    {
        if (NumberParser.Parse(words[index]) is not { } value || NumberParser.Multiplier(words[index]) is not null)
        {
            return null;
        }

        // An ordinal ("3rd") or a number glued to letters other than a unit ("2G") is not a count.
        var first = index;
        if (index > 0 && (Hedges.Contains(words[index - 1]) || words[index - 1].IsNumber) && Joined(text, words[index - 1].End, words[index].Offset))
        {
            return null;
        }

        if (index > 0 && words[index - 1].End == words[index].Offset)
        {
            return null;
        }

        var last = index;
        if (NumberParser.IsTens(value) && last + 1 < words.Count && NumberParser.Parse(words[last + 1]) is { } units and > 0 and < 10 &&
            !words[last + 1].IsNumber && text.AsSpan(words[last].End, words[last + 1].Offset - words[last].End).SequenceEqual("-"))
        {
            value += units;
            last++;
        }

        if (last + 1 < words.Count && NumberParser.Multiplier(words[last + 1]) is { } multiplier)
        {
            value *= multiplier;
            last++;
        }

        // "12-14 killed", "12 or 14 killed", "one of the" are ranges and parts, not counts.
        var after = last + 1 < words.Count ? words[last + 1] : default;
        if (!after.IsEmpty && (after.Span is "of" or "or" or "to" or "and" || after.IsNumber || (NumberParser.Parse(after) is not null && !Units.ContainsKey(after))))
        {
            return null;
        }

        return new NumberAt(first, last, value);
    }

    private static string Singular(string noun) => IsPlural(noun) ? noun[..^1] : noun;

    private static bool IsPlural(ReadOnlySpan<char> noun) => noun.Length > 3 && noun[^1] == 's' && noun[^2] != 's';

    private static int SkipSpaces(string text, int at)
    {
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        return at;
    }

    /// <summary>Two words belong to one phrase when only spaces or one hyphen separate them.</summary>
    private static bool Joined(string text, int end, int start)
    {
        if (start < end)
        {
            return false;
        }

        var hyphens = 0;
        for (var i = end; i < start; i++)
        {
            if (text[i] is '-' or '\u2011')
            {
                hyphens++;
            }
            else if (text[i] is not (' ' or '\u00a0'))
            {
                return false;
            }
        }

        return hyphens <= 1;
    }

    private readonly record struct NumberAt(int First, int Last, decimal Value);

    private sealed record Mention(string Key, decimal Value, TextSpan Span, int Sentence, string Description, HashSet<string> Context)
    {
        /// <summary>
        /// "a 5 km race" after "a 10 km race" introduces another race; only a definite later mention ("the 911 km
        /// border") refers back to the first.
        /// </summary>
        public bool Indefinite { get; init; }

        /// <summary>Years named in the mention's sentence ("in 2019 12 people were killed").</summary>
        public HashSet<string> Years { get; init; } = new(StringComparer.Ordinal);

        /// <summary>Words that may name what a measure measures; empty for casualty counts.</summary>
        public HashSet<string> Heads { get; init; } = new(StringComparer.Ordinal);

        /// <summary>The same words in text order; the last shared one names the quantity in messages.</summary>
        public IReadOnlyList<string> HeadsInOrder { get; init; } = [];
    }
}
