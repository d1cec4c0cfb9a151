using System.Runtime.CompilerServices;
using FactCheck.Core.Documents;

namespace FactCheck.Core.Rules.Text;

/// <summary>The words of each block of a document, tokenized once however many rules ask (index = block index).</summary>
public static class BlockWords
{
    private static readonly ConditionalWeakTable<ExtractedDocument, IReadOnlyList<IReadOnlyList<Word>>> Cache = new();

    public static IReadOnlyList<IReadOnlyList<Word>> Of(ExtractedDocument document) =>
        Cache.GetValue(document, d => d.Blocks.Select(b => WordTokenizer.Tokenize(d.Text, b.Start, b.End)).ToArray());
}
