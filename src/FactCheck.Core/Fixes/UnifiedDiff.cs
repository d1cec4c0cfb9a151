using System.Globalization;
using System.Text;
using FactCheck.Core.Documents;

namespace FactCheck.Core.Fixes;

/// <summary>
/// A fix plan as a unified diff (<c>--- a/path</c>, <c>+++ b/path</c>, hunks with three lines of context), the shape
/// <c>git apply</c> and <c>patch -p1</c> read. Lines keep their own endings, so a CRLF file's diff carries its CRs.
/// </summary>
public static class UnifiedDiff
{
    public const int ContextLines = 3;

    private const string NoNewline = "\\ No newline at end of file";

    /// <summary>The diff of one plan; empty when it changes nothing.</summary>
    public static string Write(FixPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (!plan.HasChanges)
        {
            return string.Empty;
        }

        var before = plan.Source.Text;
        var after = plan.FixedText;
        var beforeLines = new SourceLines(before);
        var afterLines = new SourceLines(after);
        var blocks = Blocks(plan.Edits, beforeLines, afterLines);

        var path = plan.Path.Replace('\\', '/');
        var output = new StringBuilder();
        output.Append("--- a/").Append(path).Append('\n');
        output.Append("+++ b/").Append(path).Append('\n');
        foreach (var hunk in Hunks(blocks))
        {
            var first = hunk[0];
            var last = hunk[^1];
            var beforeFrom = Math.Max(1, first.BeforeFrom - ContextLines);
            var beforeTo = Math.Min(LineCount(before, beforeLines), last.BeforeTo + ContextLines);
            var afterFrom = first.AfterFrom - (first.BeforeFrom - beforeFrom);
            var afterTo = last.AfterTo + (beforeTo - last.BeforeTo);
            output.Append(CultureInfo.InvariantCulture, $"@@ -{beforeFrom},{beforeTo - beforeFrom + 1} +{afterFrom},{afterTo - afterFrom + 1} @@\n");

            var line = beforeFrom;
            foreach (var block in hunk)
            {
                for (; line < block.BeforeFrom; line++)
                {
                    AppendLine(output, ' ', before, beforeLines, line);
                }

                for (var changed = block.BeforeFrom; changed <= block.BeforeTo; changed++)
                {
                    AppendLine(output, '-', before, beforeLines, changed);
                }

                for (var changed = block.AfterFrom; changed <= block.AfterTo; changed++)
                {
                    AppendLine(output, '+', after, afterLines, changed);
                }

                line = block.BeforeTo + 1;
            }

            for (; line <= beforeTo; line++)
            {
                AppendLine(output, ' ', before, beforeLines, line);
            }
        }

        return output.ToString();
    }

    /// <summary>Lines replaced by lines: edits on the same or touching lines make one block.</summary>
    private static List<ChangedLines> Blocks(IReadOnlyList<SourceEdit> edits, SourceLines beforeLines, SourceLines afterLines)
    {
        var blocks = new List<ChangedLines>();
        var shift = 0;
        foreach (var edit in edits)
        {
            var afterStart = edit.Start + shift;
            var afterEnd = afterStart + edit.Replacement.Length;
            shift += edit.Replacement.Length - edit.Length;
            var block = new ChangedLines(
                beforeLines.At(edit.Start).Line,
                beforeLines.At(Math.Max(edit.Start, edit.End - 1)).Line,
                afterLines.At(afterStart).Line,
                afterLines.At(Math.Max(afterStart, afterEnd - 1)).Line);
            if (blocks.Count > 0 && block.BeforeFrom <= blocks[^1].BeforeTo)
            {
                blocks[^1] = blocks[^1] with { BeforeTo = Math.Max(blocks[^1].BeforeTo, block.BeforeTo), AfterTo = Math.Max(blocks[^1].AfterTo, block.AfterTo) };
            }
            else
            {
                blocks.Add(block);
            }
        }

        return blocks;
    }

    /// <summary>Blocks whose context would touch or overlap share a hunk.</summary>
    private static List<List<ChangedLines>> Hunks(List<ChangedLines> blocks)
    {
        var hunks = new List<List<ChangedLines>>();
        foreach (var block in blocks)
        {
            if (hunks.Count > 0 && block.BeforeFrom - hunks[^1][^1].BeforeTo - 1 <= 2 * ContextLines)
            {
                hunks[^1].Add(block);
            }
            else
            {
                hunks.Add([block]);
            }
        }

        return hunks;
    }

    /// <summary>Lines as a diff counts them: a text ending in a line break has no empty line after it.</summary>
    private static int LineCount(string text, SourceLines lines) =>
        text.Length > 0 && text[^1] is '\n' or '\r' ? lines.Count - 1 : lines.Count;

    private static void AppendLine(StringBuilder output, char marker, string text, SourceLines lines, int line)
    {
        var start = lines.StartOf(line);
        var end = line < lines.Count ? lines.StartOf(line + 1) : text.Length;
        output.Append(marker).Append(text, start, end - start);
        if (end == start || text[end - 1] != '\n')
        {
            if (end > start && text[end - 1] == '\r')
            {
                // A line ended by a lone CR (old Mac files): the diff itself still needs an LF between lines.
                output.Append('\n');
                return;
            }

            output.Append('\n').Append(NoNewline).Append('\n');
        }
    }

    private sealed record ChangedLines(int BeforeFrom, int BeforeTo, int AfterFrom, int AfterTo);
}
