using System.Globalization;
using System.Text;
using FactCheck.Core.Documents;
using FactCheck.Core.Model;
using FactCheck.Core.Reports;

namespace FactCheck.Core.Fixes;

/// <summary>
/// Turns the suggestions of a checked text draft into edits of its source. A flag's plain-text span was placed in the
/// source by the document's <see cref="SourceMap"/> (its line and column); the edit is made only when the source holds
/// the flagged text there character for character, so markup, entities and wrapped lines are never rewritten. The new
/// bytes are the old ones with only the edited spans re-encoded, in the file's own encoding.
/// </summary>
public static class SuggestionFixer
{
    public static FixPlan Plan(FileReport file, DecodedSource source)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(source);
        var skipped = new List<SkippedSuggestion>();
        var candidates = new List<SourceEdit>();
        var encoding = StrictClone(source.Encoding);
        foreach (var flag in file.Flags.Where(f => f.Suggestion is not null))
        {
            var reason = Candidate(flag, source, encoding, out var edit);
            if (reason is null)
            {
                candidates.Add(edit!);
            }
            else
            {
                skipped.Add(new SkippedSuggestion(flag, reason));
            }
        }

        var edits = new List<SourceEdit>();

        // Source order, then the shorter span, then rule and flag id: the same report always gives the same edits.
        foreach (var candidate in candidates
            .OrderBy(c => c.Start)
            .ThenBy(c => c.Length)
            .ThenBy(c => c.Flags[0].Rule, StringComparer.Ordinal)
            .ThenBy(c => c.Flags[0].Id, StringComparer.Ordinal))
        {
            var previous = edits.Count > 0 ? edits[^1] : null;
            if (previous is not null && previous.Start == candidate.Start && previous.Length == candidate.Length && previous.Replacement == candidate.Replacement)
            {
                edits[^1] = previous with { Flags = [.. previous.Flags, .. candidate.Flags] };
            }
            else if (previous is not null && candidate.Start < previous.End)
            {
                var first = previous.Flags[0];
                skipped.Add(new SkippedSuggestion(candidate.Flags[0], string.Create(CultureInfo.InvariantCulture,
                    $"overlaps the {first.Rule} suggestion \"{first.Suggestion}\" at {first.Location.Line}:{first.Location.Column}, which comes first")));
            }
            else
            {
                edits.Add(candidate);
            }
        }

        var (text, bytes) = Apply(source, encoding, edits);
        return new FixPlan(file.Path, source, edits, skipped, text, bytes);
    }

    private static string? Candidate(Flag flag, DecodedSource source, Encoding encoding, out SourceEdit? edit)
    {
        edit = null;
        var location = flag.Location;
        var suggestion = flag.Suggestion!;
        if (source.FindVerbatim(location.Line, location.Column, location.Text) is not { } start)
        {
            return $"the source does not hold \"{location.Text}\" as plain characters at {location.Line}:{location.Column} (markup, an entity or a line break inside it); edit it by hand";
        }

        if (suggestion == location.Text)
        {
            return "the text already reads the suggestion";
        }

        try
        {
            encoding.GetByteCount(suggestion);
        }
        catch (EncoderFallbackException)
        {
            return $"the file's encoding ({source.Encoding.WebName}) cannot hold \"{suggestion}\"; re-save it as UTF-8";
        }

        // The decoder is strict except for Windows-1252, and Windows-1252 maps every byte to one character and back;
        // this guards the byte arithmetic in Apply should that ever stop being true.
        var byteStart = source.ByteOffsetOf(start);
        var byteEnd = source.ByteOffsetOf(start + location.Text.Length);
        if (byteEnd > source.Bytes.Length || !encoding.GetBytes(location.Text).AsSpan().SequenceEqual(source.Bytes.AsSpan(byteStart, byteEnd - byteStart)))
        {
            return $"the bytes of \"{location.Text}\" do not read back the same in {source.Encoding.WebName}; edit it by hand";
        }

        edit = new SourceEdit(start, location.Text.Length, suggestion, [flag]);
        return null;
    }

    private static (string Text, byte[] Bytes) Apply(DecodedSource source, Encoding encoding, List<SourceEdit> edits)
    {
        if (edits.Count == 0)
        {
            return (source.Text, source.Bytes);
        }

        var text = new StringBuilder(source.Text.Length);
        using var bytes = new MemoryStream(source.Bytes.Length);
        var textAt = 0;
        var byteAt = 0;
        foreach (var edit in edits)
        {
            var byteStart = source.ByteOffsetOf(edit.Start);
            text.Append(source.Text, textAt, edit.Start - textAt).Append(edit.Replacement);
            bytes.Write(source.Bytes, byteAt, byteStart - byteAt);
            bytes.Write(encoding.GetBytes(edit.Replacement));
            textAt = edit.End;
            byteAt = source.ByteOffsetOf(edit.End);
        }

        text.Append(source.Text, textAt, source.Text.Length - textAt);
        bytes.Write(source.Bytes, byteAt, source.Bytes.Length - byteAt);
        return (text.ToString(), bytes.ToArray());
    }

    private static Encoding StrictClone(Encoding encoding)
    {
        var strict = (Encoding)encoding.Clone();
        strict.EncoderFallback = EncoderFallback.ExceptionFallback;
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        return strict;
    }
}
