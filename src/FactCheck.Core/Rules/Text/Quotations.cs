using FactCheck.Core.Documents;

namespace FactCheck.Core.Rules.Text;

/// <summary>
/// Whether a position lies inside a direct quotation of its block. A quotation keeps its source's spelling ("Usama
/// bin Ladin", in a government statement quoted by an article that writes bin Laden), so a spelling rule must not
/// ask the editor to change words inside one. Straight quotes pair up within a block; curly quotes say which side
/// they open.
/// </summary>
public static class Quotations
{
    public static bool Contains(ExtractedDocument document, int offset)
    {
        var block = document.Blocks.LastOrDefault(b => b.Start <= offset);
        var start = block is null ? 0 : block.Start;
        var text = document.Text;
        var straight = 0;
        var curlyOpen = false;
        for (var i = start; i < offset && i < text.Length; i++)
        {
            switch (text[i])
            {
                case '"':
                    straight++;
                    break;
                case '\u201c':
                    curlyOpen = true;
                    break;
                case '\u201d':
                    curlyOpen = false;
                    break;
            }
        }

        return curlyOpen || straight % 2 == 1;
    }
}
