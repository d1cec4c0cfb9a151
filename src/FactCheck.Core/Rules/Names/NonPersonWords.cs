using FactCheck.Core.Entities;
using FactCheck.Core.Names;

namespace FactCheck.Core.Rules.Names;

/// <summary>The folded words of every entity the recognizer called something other than a person: places, organisations.</summary>
internal static class NonPersonWords
{
    public static HashSet<string> Of(DocumentAnalysis analysis)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in analysis.Entities)
        {
            if (entity.Category is not (EntityCategory.Person or EntityCategory.PersonType))
            {
                words.UnionWith(NameFolding.Fold(entity.Text).Split(' '));
            }
        }

        return words;
    }
}
