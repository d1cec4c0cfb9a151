using System.Globalization;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace FactCheck.Core.Documents;

/// <summary>
/// Extracts the prose of a Markdown draft with Markdig: headings, paragraphs, list items, quotes and table cells
/// become blocks; emphasis markers, link targets and images disappear; code blocks and raw HTML blocks are left
/// out (they are not sentences an editor wrote for readers). YAML front matter gives <see cref="ExtractedDocument.MetadataDate"/>.
/// Both the block and the inline trees are walked with explicit stacks, so deeply nested quotes or emphasis
/// cannot overflow the call stack.
/// </summary>
internal static partial class MarkdownExtractor
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseEmphasisExtras()
        .Build();

    private const int MaxLeadingNesting = 100;
    private const int MaxBracketsInRun = 16;

    public static ExtractedDocument Extract(string name, string source)
    {
        RefusePathologicalInput(name, source);
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(source, Pipeline);
        }
        catch (ArgumentException e)
        {
            // Markdig's own guard against pathological nesting (thousands of '>' or brackets).
            throw new DocumentInputException($"{name}: the Markdown is nested too deeply for the parser (emphasis, links or containers inside each other); simplify that passage or upload it as .txt.", e);
        }

        var lines = new SourceLines(source);
        var builder = new PlainTextBuilder();
        var suppressions = new SuppressionTracker();
        DateOnly? metadataDate = null;

        var pending = new Stack<(Block Block, BlockKind Context)>();
        PushChildren(pending, document, BlockKind.Paragraph);
        while (pending.TryPop(out var item))
        {
            switch (item.Block)
            {
                case YamlFrontMatterBlock frontMatter:
                    metadataDate ??= ReadFrontMatterDate(frontMatter.Lines.ToString());
                    break;
                case HtmlBlock html:
                    foreach (Match comment in HtmlComment().Matches(html.Lines.ToString()))
                    {
                        builder.EndBlock();
                        suppressions.TryApply(comment.Groups["body"].ValueSpan, builder.Length);
                    }

                    break;
                case CodeBlock or ThematicBreakBlock or LinkReferenceDefinitionGroup or LinkReferenceDefinition:
                    break;
                case HeadingBlock heading:
                    AppendLeaf(heading, BlockKind.Heading, source, lines, builder, suppressions);
                    break;
                case LeafBlock leaf:
                    AppendLeaf(leaf, item.Context, source, lines, builder, suppressions);
                    break;
                case ListItemBlock listItem:
                    PushChildren(pending, listItem, item.Context == BlockKind.TableCell ? item.Context : BlockKind.ListItem);
                    break;
                case QuoteBlock quote:
                    PushChildren(pending, quote, BlockKind.Quote);
                    break;
                case TableCell cell:
                    PushChildren(pending, cell, BlockKind.TableCell);
                    break;
                case ContainerBlock container:
                    PushChildren(pending, container, item.Context);
                    break;
            }
        }

        return builder.Build(name, DocumentFormat.Markdown, metadataDate, suppressions);
    }

    /// <summary>
    /// Markdig is super-linear on a few shapes no article has: many brackets inside one space-free run
    /// ("[a]([a]([a](..." rescans to the run's end for every link attempt) and container nesting hundreds deep
    /// ("- - - - ..." or deep indentation re-walks every open container on every line). Such input is refused in one
    /// linear pass instead of keeping a worker busy for minutes.
    /// </summary>
    private static void RefusePathologicalInput(string name, string source)
    {
        var bracketsInRun = 0;
        var lineStart = true;
        var leadingMarkers = 0;
        var line = 1;
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (c is '\n' or '\r')
            {
                line += c == '\r' && i + 1 < source.Length && source[i + 1] == '\n' ? 0 : 1;
                lineStart = true;
                leadingMarkers = 0;
                bracketsInRun = 0;
                continue;
            }

            if (lineStart)
            {
                if (c is '>' or '-' or '*' or '+')
                {
                    leadingMarkers++;
                }
                else if (c is ' ' or '\t')
                {
                    leadingMarkers += c == '\t' ? 2 : 0;
                    leadingMarkers += c == ' ' && i > 0 && source[i - 1] == ' ' ? 1 : 0;
                }
                else
                {
                    lineStart = false;
                }

                if (leadingMarkers > MaxLeadingNesting)
                {
                    throw new DocumentInputException(string.Create(CultureInfo.InvariantCulture,
                        $"{name}: line {line} of the Markdown is nested more than {MaxLeadingNesting} levels deep (quote or list markers, indentation); remove the excess nesting or upload it as .txt."));
                }
            }

            if (c is ' ' or '\t')
            {
                bracketsInRun = 0;
            }
            else if (c == '[' && ++bracketsInRun > MaxBracketsInRun)
            {
                throw new DocumentInputException(string.Create(CultureInfo.InvariantCulture,
                    $"{name}: line {line} of the Markdown has more than {MaxBracketsInRun} '[' in one run without spaces (not prose); break it up or upload it as .txt."));
            }
        }
    }

    private static void PushChildren(Stack<(Block, BlockKind)> pending, ContainerBlock container, BlockKind context)
    {
        for (var i = container.Count - 1; i >= 0; i--)
        {
            pending.Push((container[i], context));
        }
    }

    private static void AppendLeaf(LeafBlock leaf, BlockKind kind, string source, SourceLines lines, PlainTextBuilder builder, SuppressionTracker suppressions)
    {
        builder.EndBlock();
        builder.NextBlockKind = kind;
        if (leaf.Inline?.FirstChild is not { } first)
        {
            return;
        }

        var pending = new Stack<Inline>();
        pending.Push(first);
        while (pending.TryPop(out var inline))
        {
            if (inline.NextSibling is { } next)
            {
                pending.Push(next);
            }

            switch (inline)
            {
                case LiteralInline literal:
                    AppendSourceText(literal.Content.AsSpan(), literal.Span, source, lines, builder);
                    break;
                case CodeInline code:
                    AppendSourceText(code.Content.AsSpan(), code.Span, source, lines, builder);
                    break;
                case HtmlEntityInline entity:
                    builder.AppendSynthetic(entity.Transcoded.ToString(), lines.At(entity.Span.Start));
                    break;
                case LineBreakInline lineBreak when lineBreak.IsHard:
                    builder.AppendLineBreak(lines.At(lineBreak.Span.Start));
                    break;
                case LineBreakInline lineBreak:
                    builder.AddCollapsibleSpace(lines.At(lineBreak.Span.Start), false);
                    break;
                case HtmlInline html:
                    var comment = HtmlComment().Match(html.Tag);
                    if (comment.Success)
                    {
                        suppressions.TryApply(comment.Groups["body"].ValueSpan, builder.Length);
                    }

                    break;
                case AutolinkInline:
                    break;
                case LinkInline { IsImage: true }:
                    break;
                case ContainerInline container when container.FirstChild is { } child:
                    pending.Push(child);
                    break;
            }
        }
    }

    /// <summary>
    /// Appends inline text at its source position: verbatim where the source holds exactly these characters
    /// (at the span start, or at its end after an escape or a code delimiter), synthetic otherwise.
    /// </summary>
    private static void AppendSourceText(ReadOnlySpan<char> text, SourceSpan span, string source, SourceLines lines, PlainTextBuilder builder)
    {
        if (text.IsEmpty || span.Start < 0)
        {
            return;
        }

        var end = Math.Min(span.End + 1, source.Length);
        if (text.IndexOfAny('\r', '\n') < 0)
        {
            if (span.Start + text.Length <= source.Length && source.AsSpan(span.Start, text.Length).SequenceEqual(text))
            {
                builder.AppendVerbatim(text, lines.At(span.Start));
                return;
            }

            var inner = source.AsSpan(span.Start, Math.Max(0, end - span.Start)).IndexOf(text, StringComparison.Ordinal);
            if (inner >= 0)
            {
                builder.AppendVerbatim(text, lines.At(span.Start + inner));
                return;
            }
        }

        builder.AppendSynthetic(text.ToString(), lines.At(Math.Min(span.Start, source.Length)));
    }

    private static DateOnly? ReadFrontMatterDate(string frontMatter)
    {
        var date = FrontMatterDate().Match(frontMatter);
        return date.Success ? MetadataDates.Parse(date.Groups["value"].Value) : null;
    }

    [GeneratedRegex(@"<!--(?<body>.*?)-->", RegexOptions.Singleline)]
    private static partial Regex HtmlComment();

    [GeneratedRegex(@"^date\s*:\s*(?<value>.+?)\s*$", RegexOptions.Multiline)]
    private static partial Regex FrontMatterDate();
}
