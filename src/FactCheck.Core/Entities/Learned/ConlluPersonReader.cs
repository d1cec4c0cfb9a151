using System.Text;
using FactCheck.Core.Names;

namespace FactCheck.Core.Entities.Learned;

/// <summary>
/// Reads CoNLL-U documents with CorefUD entity brackets (GUM's <c>Entity=</c> in MISC) into plain text and person
/// name spans, in FactCheck's convention: a named person is a <c>person</c> mention whose syntactic head is a
/// proper noun (NNP), or whose head has a proper noun in apposition (<c>flat</c>, <c>appos</c>, <c>nmod:desc</c>);
/// its span is the run of proper nouns at that word, with titles, offices, nationalities and words of nested
/// non-person mentions trimmed from the left. Possessive 's is never NNP, so it is never in a span. Where spans of
/// nested mentions overlap, the innermost mention's wins.
/// </summary>
public static class ConlluPersonReader
{
    public static IReadOnlyList<PersonTrainingDocument> Read(string conllu, string fallbackId, Lexicon? lexicon = null)
    {
        ArgumentNullException.ThrowIfNull(conllu);
        lexicon ??= Lexicon.Shared;
        var documents = new List<PersonTrainingDocument>();
        var builder = new DocumentBuilder(fallbackId, lexicon);
        var sentence = new List<Word>();
        var multiWord = (Form: string.Empty, Last: 0, SpaceAfter: true);
        foreach (var rawLine in conllu.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            if (line.StartsWith("# newdoc", StringComparison.Ordinal))
            {
                builder.EndSentence(sentence);
                if (builder.HasText)
                {
                    documents.Add(builder.Build());
                }

                var equals = line.IndexOf('=', StringComparison.Ordinal);
                builder = new DocumentBuilder(equals > 0 ? line[(equals + 1)..].Trim() : fallbackId, lexicon);
                continue;
            }

            if (line.StartsWith('#'))
            {
                if (line.StartsWith("# newpar", StringComparison.Ordinal) && !line.StartsWith("# newpar_", StringComparison.Ordinal))
                {
                    builder.EndSentence(sentence);
                    builder.NewParagraph();
                }

                continue;
            }

            if (line.Length == 0)
            {
                builder.EndSentence(sentence);
                multiWord = (string.Empty, 0, true);
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length < 10 || columns[0].Contains('.', StringComparison.Ordinal))
            {
                continue;
            }

            var spaceAfter = !columns[9].Contains("SpaceAfter=No", StringComparison.Ordinal);
            var dash = columns[0].IndexOf('-', StringComparison.Ordinal);
            if (dash > 0)
            {
                multiWord = (columns[1], int.Parse(columns[0][(dash + 1)..], System.Globalization.CultureInfo.InvariantCulture), spaceAfter);
                builder.WriteSurface(columns[1], spaceAfter, sentence.Count == 0);
                continue;
            }

            var id = int.Parse(columns[0], System.Globalization.CultureInfo.InvariantCulture);
            var head = columns[6] == "_" ? 0 : int.Parse(columns[6], System.Globalization.CultureInfo.InvariantCulture);
            var entity = columns[9].Split('|').FirstOrDefault(f => f.StartsWith("Entity=", StringComparison.Ordinal))?[7..];
            var (start, end) = id <= multiWord.Last
                ? builder.PlaceInsideSurface(columns[1])
                : builder.WriteSurface(columns[1], spaceAfter, sentence.Count == 0);
            sentence.Add(new Word(id, columns[1], columns[4], head, columns[7], start, end, entity));
        }

        builder.EndSentence(sentence);
        if (builder.HasText)
        {
            documents.Add(builder.Build());
        }

        return documents;
    }

    private sealed record Word(int Id, string Form, string Xpos, int Head, string Relation, int Start, int End, string? Entity)
    {
        public bool IsProperNoun => Xpos == "NNP";
    }

    private sealed record Mention(string Type, int First, int Last);

    private sealed class DocumentBuilder
    {
        private static readonly string[] AppositionRelations = ["flat", "appos", "nmod:desc"];

        private readonly string _id;
        private readonly Lexicon _lexicon;
        private readonly StringBuilder _text = new();
        private readonly List<(int Start, int End, int MentionLength)> _candidates = [];
        private bool _paragraphPending;
        private bool _pendingSpace;
        private int _surfaceStart;
        private int _surfacePosition;
        private int _surfaceEnd;

        public DocumentBuilder(string id, Lexicon lexicon)
        {
            _id = id;
            _lexicon = lexicon;
        }

        public bool HasText => _text.Length > 0;

        public void NewParagraph() => _paragraphPending = true;

        public (int Start, int End) WriteSurface(string form, bool spaceAfter, bool sentenceStart)
        {
            if (sentenceStart && _text.Length > 0)
            {
                _text.Append(_paragraphPending ? "\n\n" : " ");
            }
            else if (_pendingSpace)
            {
                _text.Append(' ');
            }

            _paragraphPending = false;
            _surfaceStart = _surfacePosition = _text.Length;
            _text.Append(form);
            _surfaceEnd = _text.Length;
            _pendingSpace = spaceAfter;
            return (_surfaceStart, _surfaceEnd);
        }

        /// <summary>A word of a multi-word token ("Trump" + "'s" of "Trump's"): placed where its form starts in the surface.</summary>
        public (int Start, int End) PlaceInsideSurface(string form)
        {
            var start = _surfacePosition;
            var remaining = _surfaceEnd - start;
            var length = remaining >= form.Length &&
                         string.Equals(_text.ToString(start, form.Length), form, StringComparison.OrdinalIgnoreCase)
                ? form.Length
                : remaining;
            _surfacePosition = start + length;
            return (start, start + length);
        }

        public void EndSentence(List<Word> words)
        {
            if (words.Count == 0)
            {
                return;
            }

            foreach (var mention in Mentions(words))
            {
                if (mention.Type == "person" && NameSpan(words, mention) is { } span)
                {
                    _candidates.Add((words[span.First].Start, words[span.Last].End, mention.Last - mention.First));
                }
            }

            words.Clear();
        }

        public PersonTrainingDocument Build()
        {
            var accepted = new List<(int Start, int End)>();
            foreach (var candidate in _candidates.OrderBy(c => c.MentionLength).ThenBy(c => c.Start))
            {
                if (!accepted.Any(a => a.Start < candidate.End && candidate.Start < a.End))
                {
                    accepted.Add((candidate.Start, candidate.End));
                }
            }

            return new PersonTrainingDocument(_id, _text.ToString(), accepted.OrderBy(a => a.Start).ToArray());
        }

        private static List<Mention> Mentions(List<Word> words)
        {
            var mentions = new List<Mention>();
            var open = new Dictionary<string, Stack<(string Type, int First)>>(StringComparer.Ordinal);
            for (var w = 0; w < words.Count; w++)
            {
                var value = words[w].Entity;
                if (value is null)
                {
                    continue;
                }

                var i = 0;
                while (i < value.Length)
                {
                    if (value[i] == '(')
                    {
                        var end = value.IndexOfAny(['(', ')'], i + 1);
                        end = end < 0 ? value.Length : end;
                        var parts = value[(i + 1)..end].Split('-');
                        var type = parts.Length > 1 ? parts[1] : string.Empty;
                        if (end < value.Length && value[end] == ')')
                        {
                            mentions.Add(new Mention(type, w, w));
                            i = end + 1;
                        }
                        else
                        {
                            if (!open.TryGetValue(parts[0], out var stack))
                            {
                                open[parts[0]] = stack = new Stack<(string, int)>();
                            }

                            stack.Push((type, w));
                            i = end;
                        }
                    }
                    else if (char.IsDigit(value[i]))
                    {
                        var end = value.IndexOf(')', i);
                        end = end < 0 ? value.Length : end;
                        if (open.TryGetValue(value[i..end], out var stack) && stack.Count > 0)
                        {
                            var (type, first) = stack.Pop();
                            mentions.Add(new Mention(type, first, w));
                        }

                        i = end + 1;
                    }
                    else
                    {
                        i++;
                    }
                }
            }

            return mentions;
        }

        private (int First, int Last)? NameSpan(List<Word> words, Mention mention)
        {
            bool Inside(int id) => id >= words[mention.First].Id && id <= words[mention.Last].Id;
            var head = -1;
            for (var w = mention.First; w <= mention.Last; w++)
            {
                if (!Inside(words[w].Head))
                {
                    head = w;
                    break;
                }
            }

            if (head < 0)
            {
                return null;
            }

            var anchor = words[head].IsProperNoun && !IsRoleWord(words[head]) ? head : -1;
            if (anchor < 0)
            {
                for (var w = mention.First; w <= mention.Last; w++)
                {
                    if (words[w].Head == words[head].Id && words[w].IsProperNoun && AppositionRelations.Contains(words[w].Relation))
                    {
                        anchor = w;
                        break;
                    }
                }
            }

            if (anchor < 0)
            {
                return null;
            }

            var first = anchor;
            while (first - 1 >= mention.First && JoinsRun(words, first - 1, towardsLeft: true))
            {
                first--;
            }

            var last = anchor;
            while (last + 1 <= mention.Last && JoinsRun(words, last + 1, towardsLeft: false))
            {
                last++;
            }

            var nested = Mentions(words).Where(m => m.Type != "person" && m.First >= mention.First && m.Last <= mention.Last &&
                                                    (m.First != mention.First || m.Last != mention.Last) && (anchor < m.First || anchor > m.Last)).ToArray();
            while (first < anchor && (IsRoleWord(words[first]) || IsHyphen(words[first]) || nested.Any(m => first >= m.First && first <= m.Last)))
            {
                first++;
            }

            return IsRoleWord(words[first]) && first == last ? null : (first, last);
        }

        private static bool JoinsRun(List<Word> words, int w, bool towardsLeft)
        {
            if (words[w].IsProperNoun)
            {
                return true;
            }

            // "Chung-tai", "Udvar-Hazy": GUM splits hyphenated names; the hyphen joins only between two name parts.
            var beyond = towardsLeft ? w - 1 : w + 1;
            return IsHyphen(words[w]) && beyond >= 0 && beyond < words.Count && words[beyond].IsProperNoun &&
                   words[w - 1].End == words[w].Start && words[w].End == words[w + 1].Start;
        }

        private static bool IsHyphen(Word word) => word.Xpos == "HYPH";

        private bool IsRoleWord(Word word)
        {
            var folded = NameFolding.Fold(word.Form);
            return _lexicon.RoleWords.Contains(folded) || _lexicon.Titles.Contains(folded) || _lexicon.Nationalities.ContainsKey(folded);
        }
    }
}
