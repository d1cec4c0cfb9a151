using System.Text;
using FactCheck.Core.Documents;
using FactCheck.Core.Model;
using FactCheck.Core.Reports;

namespace FactCheck.Core.Tests.Fixes;

/// <summary>A draft read the way the CLI reads it, and flags placed on its extracted text the way rules place them.</summary>
internal sealed class FixFixture
{
    private FixFixture(string name, byte[] bytes)
    {
        Name = name;
        Bytes = bytes;
        Document = DocumentReader.Read(name, bytes);
        Source = DecodedSource.Decode(name, bytes);
    }

    public string Name { get; }

    public byte[] Bytes { get; }

    public ExtractedDocument Document { get; }

    public DecodedSource Source { get; }

    public static FixFixture Utf8(string name, string text) => new(name, Encoding.UTF8.GetBytes(text));

    public static FixFixture Of(string name, byte[] bytes) => new(name, bytes);

    /// <summary>A flag on the <paramref name="occurrence"/>-th <paramref name="text"/> of the extracted text, suggesting <paramref name="suggestion"/>.</summary>
    public Flag Flag(string text, string suggestion, string rule = "name-mismatch", int occurrence = 0, string? id = null)
    {
        var offset = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            offset = Document.Text.IndexOf(text, offset + 1, StringComparison.Ordinal);
            Assert.True(offset >= 0, $"'{text}' (occurrence {occurrence}) is not in the extracted text");
        }

        var position = Document.PositionOf(offset);
        return new Flag(id ?? $"{rule}-{offset}", rule, Severity.Warning, $"\"{text}\" looks wrong.", new FlagLocation(offset, text.Length, position.Line, position.Column, text))
        {
            Suggestion = suggestion,
        };
    }

    public FileReport Report(params Flag[] flags) => new(Name) { Flags = flags, Text = Document.Text };
}
