using FactCheck.Core.Documents;
using FactCheck.Core.Model;
using FactCheck.Core.Rules.Text;

namespace FactCheck.Core.Rules;

/// <summary>
/// Flags a short title-case line without sentence punctuation sitting between body paragraphs (a pasted
/// related-article headline), and page furniture ("Logo Wide", "Helpful keywords") anywhere.
/// </summary>
public sealed class StrayLineRule : IRule
{
    public static RuleDescriptor Info { get; } = new(
        "stray-line",
        "Stray line",
        Severity.Info,
        "A short title-case line without punctuation between body paragraphs (a pasted headline) or web-page furniture.");

    /// <summary>A pasted headline is short; a body paragraph without a full stop is usually longer.</summary>
    public const int MaximumWords = 12;

    /// <summary>Text a copy from a web page drags along; matched against a whole line, case-insensitively.</summary>
    public static IReadOnlyList<string> FurniturePhrases { get; } =
    [
        "Logo", "Logo Wide", "Site logo", "Helpful keywords", "Keywords", "Tags", "Related", "Related articles", "Related news",
        "Related stories", "Related content", "Read more", "Read also", "Read next", "See also", "More on this story",
        "Advertisement", "Sponsored", "Sponsored content", "Share", "Share this", "Share this article", "Share on Facebook",
        "Share on Twitter", "Tweet", "Print", "Email", "Click here", "Subscribe", "Subscribe now", "Sign up",
        "Newsletter", "Continue reading", "Skip to content", "Skip to main content", "Most read", "Most popular",
        "Trending", "Comments", "Leave a comment", "Follow us", "Back to top", "Image", "Photo", "Video", "Top stories",
    ];

    private static readonly WordSet Furniture = new(FurniturePhrases);
    private static readonly int LongestFurniture = FurniturePhrases.Max(p => p.Length);

    /// <summary>Short words title case leaves in lower case.</summary>
    private static readonly WordSet MinorWords = new(
    [
        "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as",
        "vs", "via", "into", "over", "after", "amid", "near", "per", "is", "are",
    ]);

    public RuleDescriptor Descriptor => Info;

    public IEnumerable<Finding> Check(RuleContext context)
    {
        var text = context.Text;
        var blocks = context.Document.Blocks;
        var kinds = new LineKind[blocks.Count];
        var index = context.TextIndex;
        var headline = -1;
        for (var b = 0; b < blocks.Count; b++)
        {
            kinds[b] = Classify(text, blocks[b], index.BlockWords(b));
            if (headline < 0 && kinds[b] != LineKind.Furniture)
            {
                headline = b;
            }
        }

        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            if (kinds[b] is not (LineKind.Furniture or LineKind.TitleLine))
            {
                continue;
            }

            var span = new TextSpan(block.Start, block.Length, text.Substring(block.Start, block.Length));
            if (kinds[b] == LineKind.Furniture)
            {
                yield return new Finding(span, $"'{span.Text}' looks like web-page furniture left in the text")
                {
                    Evidence = ["furniture", span.Text.ToLowerInvariant()],
                };
            }
            else if (kinds[b] == LineKind.TitleLine && b != headline &&
                     HasBody(kinds, headline + 1, b) && HasBody(kinds, b + 1, blocks.Count))
            {
                yield return new Finding(span, $"'{span.Text}' is a short title-case line between body paragraphs: a pasted headline or caption?")
                {
                    Evidence = ["title-line", span.Text.ToLowerInvariant()],
                };
            }
        }
    }

    private static bool HasBody(LineKind[] kinds, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (kinds[i] == LineKind.Body)
            {
                return true;
            }
        }

        return false;
    }

    private static LineKind Classify(string text, TextBlock block, ArraySegment<Word> words)
    {
        if (block.Kind is not (BlockKind.Paragraph or BlockKind.Other))
        {
            return LineKind.Other;
        }

        var line = text.AsSpan(block.Start, block.Length).Trim().TrimEnd(':');
        if (line.Length <= LongestFurniture && Furniture.Contains(line))
        {
            return LineKind.Furniture;
        }

        var last = line.Length > 0 ? line[^1] : ' ';
        var endsSentence = last is '.' or '!' or '?' or '…' or '"' or '\u201d' or ')' or ';' or ',';
        if (endsSentence || words.Count > MaximumWords)
        {
            return LineKind.Body;
        }

        var significant = 0;
        foreach (var word in words)
        {
            if (word.IsNumber || (!word.IsCapitalized && MinorWords.Contains(word)))
            {
                continue;
            }

            if (!word.IsCapitalized)
            {
                return LineKind.Other;
            }

            significant++;
        }

        return significant >= 2 ? LineKind.TitleLine : LineKind.Other;
    }

    private enum LineKind
    {
        Body,
        TitleLine,
        Furniture,
        Other,
    }
}
