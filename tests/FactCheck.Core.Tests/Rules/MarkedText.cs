using System.Text;

namespace FactCheck.Core.Tests.Rules;

/// <summary>
/// Fixture text with expected spans marked inline: <c>"... [|Davutoglu|] highlighted ..."</c>. <see cref="Parse"/>
/// strips the markers and returns the clean text with the marked spans (offsets into the clean text).
/// </summary>
public sealed record MarkedText(string Text, IReadOnlyList<(int Offset, int Length)> Spans)
{
    private const string Open = "[|";
    private const string Close = "|]";

    public static MarkedText Parse(string marked)
    {
        var text = new StringBuilder(marked.Length);
        var spans = new List<(int, int)>();
        var openAt = -1;
        for (var i = 0; i < marked.Length; i++)
        {
            if (string.CompareOrdinal(marked, i, Open, 0, Open.Length) == 0)
            {
                if (openAt >= 0)
                {
                    throw new ArgumentException($"Nested '[|' at {i} in fixture.");
                }

                openAt = text.Length;
                i += Open.Length - 1;
            }
            else if (openAt >= 0 && string.CompareOrdinal(marked, i, Close, 0, Close.Length) == 0)
            {
                spans.Add((openAt, text.Length - openAt));
                openAt = -1;
                i += Close.Length - 1;
            }
            else
            {
                text.Append(marked[i]);
            }
        }

        if (openAt >= 0)
        {
            throw new ArgumentException("Unclosed '[|' in fixture.");
        }

        return new MarkedText(text.ToString(), spans);
    }

    /// <summary>The spans as text, for readable assertion messages.</summary>
    public IEnumerable<string> SpanTexts => Spans.Select(s => Text.Substring(s.Offset, s.Length));
}
