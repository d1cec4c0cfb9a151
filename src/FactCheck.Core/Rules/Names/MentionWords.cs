using FactCheck.Core.Entities;
using FactCheck.Core.Model;

namespace FactCheck.Core.Rules.Names;

/// <summary>
/// The words of a person mention as spans of the text. A flag on one drifted word of a full name ("Erna
/// [Solbreg]") points at that word, not the whole name: the editor sees which word is wrong, and a tool that
/// applies the suggestion replaces only it.
/// </summary>
internal static class MentionWords
{
    /// <summary>The span of name word <paramref name="token"/> of <paramref name="mention"/>.</summary>
    public static TextSpan Word(PersonMention mention, int token)
    {
        var text = mention.Span.Text;
        var at = 0;
        for (var i = 0; i < token; i++)
        {
            at = text.IndexOf(mention.NameTokens[i], at, StringComparison.Ordinal) + mention.NameTokens[i].Length;
        }

        at = text.IndexOf(mention.NameTokens[token], at, StringComparison.Ordinal);
        var word = mention.NameTokens[token];
        return new TextSpan(mention.Span.Offset + at, word.Length, word);
    }

    /// <summary>The span of the surname as written ("Mekdad" in "Faisal al-Mekdad"); the whole span when it is not found.</summary>
    public static TextSpan Surname(PersonMention mention, string surnameAsWritten)
    {
        var at = mention.Span.Text.LastIndexOf(surnameAsWritten, StringComparison.Ordinal);
        return at < 0 ? mention.Span : new TextSpan(mention.Span.Offset + at, surnameAsWritten.Length, surnameAsWritten);
    }
}
