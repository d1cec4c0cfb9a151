using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace FactCheck.Service.Storage;

/// <summary>
/// A draft's name, checked once and then trusted as both its blob name in the drafts container and the source of its
/// article id. The grammar: 1 to 1,024 characters; segments separated by single <c>/</c>, at most 254 of them; no
/// segment empty or made only of dots (<c>.</c>, <c>..</c>, <c>...</c>); no leading <c>/</c>, no trailing <c>/</c> or
/// <c>.</c>; no <c>\</c>, no <c>%</c>, no control characters and no unpaired surrogates. Names are never rewritten into
/// an accepted form: a name that breaks a rule is refused with that rule, so the blob, the article id and the name
/// shown to the editor are always the same string.
/// </summary>
/// <remarks>
/// Why each rule: blob URLs are resolved like paths, so <c>..</c> and <c>.</c> segments climb out of the drafts
/// container (<c>../extracted/…</c> writes another container) and Azure turns <c>\</c> into <c>/</c> and drops a leading
/// <c>/</c>, which would make the stored blob differ from the name the article id was made from. <c>%</c> is refused
/// altogether rather than decoded: the query string has already been decoded once, so a <c>%</c> left in the name means
/// a second encoding (<c>%252e%252e</c>), and storage, proxies and tools do not agree on whether to decode it again.
/// The length, segment and trailing-dot limits are Azure's own for blob names.
/// </remarks>
public sealed record DraftName
{
    /// <summary>Azure's limit on blob names, in characters.</summary>
    public const int MaxLength = 1024;

    /// <summary>Azure's limit on the path segments of a blob name.</summary>
    public const int MaxSegments = 254;

    /// <summary>What the grammar allows, in one sentence, for error messages and docs.</summary>
    public const string Grammar =
        "1 to 1024 characters in at most 254 '/'-separated segments, none empty or only dots, no leading '/', " +
        "no trailing '/' or '.', no '\\', no '%', no control characters";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private DraftName(string value)
    {
        Value = value;
        ArticleId = ArticleKey.Encode(value);
    }

    /// <summary>The name: the blob name in the drafts container and the Articles row's <c>Name</c>.</summary>
    public string Value { get; }

    /// <summary>The article id, <see cref="ArticleKey.Encode"/> of <see cref="Value"/>.</summary>
    public string ArticleId { get; }

    /// <summary>
    /// Checks <paramref name="raw"/> against the grammar. On failure <paramref name="problem"/> names the rule broken,
    /// in a sentence an editor can act on.
    /// </summary>
    public static bool TryParse(string? raw, [MaybeNullWhen(false)] out DraftName name, out string problem)
    {
        name = null;
        problem = Check(raw ?? string.Empty) ?? string.Empty;
        if (problem.Length > 0)
        {
            return false;
        }

        name = new DraftName(raw!);
        return true;
    }

    /// <summary>The name, or <see cref="ArgumentException"/> with the rule broken (for names that must already be valid).</summary>
    public static DraftName Parse(string raw) =>
        TryParse(raw, out var name, out var problem) ? name : throw new ArgumentException(problem, nameof(raw));

    public override string ToString() => Value;

    private static string? Check(string raw)
    {
        if (raw.Length == 0)
        {
            return "The draft name is empty.";
        }

        if (raw.Length > MaxLength)
        {
            return $"The draft name is {raw.Length} characters long; at most {MaxLength} are allowed.";
        }

        if (raw.Any(char.IsControl))
        {
            return "The draft name contains a control character.";
        }

        // A lone surrogate has no UTF-8 form: it would be stored (and encoded into the id) as U+FFFD, the same as another name.
        if (!IsWellFormedUnicode(raw))
        {
            return "The draft name contains an unpaired surrogate (not valid Unicode).";
        }

        if (raw.Contains('\\', StringComparison.Ordinal))
        {
            return "The draft name contains '\\'; separate folders with '/'.";
        }

        if (raw.Contains('%', StringComparison.Ordinal))
        {
            return "The draft name contains '%'; percent-encode the name once in the query string, not twice.";
        }

        if (raw[0] == '/')
        {
            return "The draft name starts with '/'; start with the first folder (politics/budget.md).";
        }

        var segments = raw.Split('/');
        if (segments.Length > MaxSegments)
        {
            return $"The draft name has {segments.Length} '/'-separated segments; at most {MaxSegments} are allowed.";
        }

        if (segments.Any(s => s.Length > 0 && s.All(c => c == '.')))
        {
            return "The draft name has a segment of only dots ('.' or '..'); those are resolved as paths and leave the drafts container.";
        }

        if (raw[^1] is '/' or '.')
        {
            return "The draft name ends with '/' or '.'; end it with the file name.";
        }

        if (segments.Any(s => s.Length == 0))
        {
            return "The draft name has an empty segment ('//').";
        }

        return null;
    }

    /// <summary>False for text with an unpaired surrogate, which has no UTF-8 form.</summary>
    internal static bool IsWellFormedUnicode(string text)
    {
        try
        {
            _ = StrictUtf8.GetByteCount(text);
            return true;
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }
}
