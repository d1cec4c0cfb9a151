using System.Globalization;
using System.Net;

namespace FactCheck.Core.Documents;

/// <summary>
/// Extracts readable text from HTML with one forward scan: no DOM, no recursion, no stack of open elements, so
/// markup nested 100,000 deep or a multi-megabyte single line costs linear time and memory proportional to the
/// text. Element context (heading, list item, quote, cell) is tracked with counters, which is enough to label
/// blocks and tolerant of the unclosed tags real pages contain.
/// </summary>
internal sealed class HtmlExtractor
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
        "hr", "html", "legend", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td",
        "tfoot", "th", "thead", "tr", "ul",
    };

    // Content that is never article text; nested tags inside are still scanned (for <meta> in <head>).
    private static readonly HashSet<string> HiddenContainers = new(StringComparer.Ordinal)
    {
        "head", "template", "noscript", "svg", "math", "object",
    };

    // Raw text: the content is not markup and ends only at the matching close tag.
    private static readonly HashSet<string> RawTextElements = new(StringComparer.Ordinal)
    {
        "script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes",
    };

    private readonly string _html;
    private readonly SourceLines _lines;
    private readonly PlainTextBuilder _builder = new();
    private readonly SuppressionTracker _suppressions = new();
    private readonly Dictionary<string, int> _hiddenDepth = new(StringComparer.Ordinal);
    private int _hiddenTotal;
    private int _headingDepth;
    private int _listDepth;
    private int _listItemDepth;
    private int _quoteDepth;
    private int _tableDepth;
    private int _cellDepth;
    private int _articleDepth;
    private int _preDepth;
    private DateOnly? _publishedTime;
    private DateOnly? _metaDate;
    private DateOnly? _articleTime;

    private HtmlExtractor(string html)
    {
        _html = html;
        _lines = new SourceLines(html);
    }

    public static ExtractedDocument Extract(string name, string html) => new HtmlExtractor(html).Run(name);

    private bool Hidden => _hiddenTotal > 0;

    private ExtractedDocument Run(string name)
    {
        var i = 0;
        while (i < _html.Length)
        {
            var c = _html[i];
            if (c == '<')
            {
                i = ReadMarkup(i);
            }
            else if (Hidden)
            {
                var next = _html.IndexOf('<', i);
                i = next < 0 ? _html.Length : next;
            }
            else if (c == '&')
            {
                i = ReadCharacterReference(i);
            }
            else if (IsHtmlWhitespace(c))
            {
                i = ReadWhitespace(i);
            }
            else
            {
                var start = i;
                while (i < _html.Length && _html[i] is not ('<' or '&') && !IsHtmlWhitespace(_html[i]))
                {
                    i++;
                }

                AppendText(start, i - start);
            }
        }

        return _builder.Build(name, DocumentFormat.Html, _publishedTime ?? _metaDate ?? _articleTime, _suppressions);
    }

    private void AppendText(int start, int length)
    {
        PrepareBlockKind();
        _builder.AppendVerbatim(_html.AsSpan(start, length), _lines.At(start));
    }

    private void PrepareBlockKind()
    {
        if (!_builder.InBlock)
        {
            _builder.NextBlockKind = _headingDepth > 0 ? BlockKind.Heading
                : _cellDepth > 0 ? BlockKind.TableCell
                : _listItemDepth > 0 ? BlockKind.ListItem
                : _quoteDepth > 0 ? BlockKind.Quote
                : BlockKind.Paragraph;
        }
    }

    private int ReadWhitespace(int i)
    {
        var start = i;
        if (_preDepth > 0)
        {
            while (i < _html.Length && IsHtmlWhitespace(_html[i]))
            {
                if (_html[i] is '\r' or '\n')
                {
                    _builder.AppendLineBreak(_lines.At(i));
                    i += _html[i] == '\r' && i + 1 < _html.Length && _html[i + 1] == '\n' ? 2 : 1;
                }
                else
                {
                    if (_builder.InBlock)
                    {
                        _builder.AppendVerbatim(_html.AsSpan(i, 1), _lines.At(i));
                    }

                    i++;
                }
            }

            return i;
        }

        while (i < _html.Length && IsHtmlWhitespace(_html[i]))
        {
            i++;
        }

        _builder.AddCollapsibleSpace(_lines.At(start), i - start == 1 && _html[start] == ' ');
        return i;
    }

    private int ReadCharacterReference(int i)
    {
        var end = _html.IndexOf(';', i + 1, Math.Min(40, _html.Length - i - 1));
        var decoded = end < 0 ? null : DecodeReference(_html.AsSpan(i, end - i + 1));
        if (decoded is null)
        {
            AppendText(i, 1);
            return i + 1;
        }

        if (decoded.Length == 1 && IsHtmlWhitespace(decoded[0]) && _preDepth == 0)
        {
            _builder.AddCollapsibleSpace(_lines.At(i), false);
        }
        else
        {
            PrepareBlockKind();
            _builder.AppendSynthetic(decoded, _lines.At(i));
        }

        return end + 1;
    }

    /// <summary>Decodes "&amp;name;" or "&amp;#NNN;"/"&amp;#xHH;"; null when the reference is malformed or unknown (left as typed).</summary>
    private static string? DecodeReference(ReadOnlySpan<char> reference)
    {
        var body = reference[1..^1];
        if (body.Length == 0)
        {
            return null;
        }

        if (body[0] != '#')
        {
            foreach (var c in body)
            {
                if (!char.IsAsciiLetterOrDigit(c))
                {
                    return null;
                }
            }

            var text = reference.ToString();
            var decoded = WebUtility.HtmlDecode(text);
            return decoded == text ? null : decoded;
        }

        var hex = body.Length > 1 && body[1] is 'x' or 'X';
        var digits = body[(hex ? 2 : 1)..];
        if (digits.Length == 0 || digits.Length > 8 ||
            !int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        // Browsers read the C1 range as Windows-1252, which is what pages pasted from Word contain (&#150; = en dash).
        if (value is >= 0x80 and <= 0x9F)
        {
            return TextDecoder.Windows1252.GetString([(byte)value]);
        }

        return value is 0 or > 0x10FFFF || (value is >= 0xD800 and <= 0xDFFF) ? null : char.ConvertFromUtf32(value);
    }

    private int ReadMarkup(int i)
    {
        var html = _html;
        if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
        {
            var close = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
            var bodyEnd = close < 0 ? html.Length : close;
            _suppressions.TryApply(html.AsSpan(i + 4, bodyEnd - i - 4), _builder.Length);
            return close < 0 ? html.Length : close + 3;
        }

        if (i + 1 < html.Length && html[i + 1] is '!' or '?')
        {
            var close = html.IndexOf('>', i + 2);
            return close < 0 ? html.Length : close + 1;
        }

        var isEndTag = i + 1 < html.Length && html[i + 1] == '/';
        var nameStart = i + (isEndTag ? 2 : 1);
        if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
        {
            if (!Hidden)
            {
                AppendText(i, 1);
            }

            return i + 1;
        }

        var nameEnd = nameStart;
        while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':'))
        {
            nameEnd++;
        }

        var name = html.Substring(nameStart, nameEnd - nameStart).ToLowerInvariant();
        var wantsAttributes = !isEndTag && name is "meta" or "time";
        var attributes = wantsAttributes ? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) : null;
        var tagEnd = ReadAttributes(nameEnd, attributes);
        if (tagEnd < 0)
        {
            // A tag cut off by the end of the file: browsers drop it, and so does this scanner.
            return html.Length;
        }

        if (isEndTag)
        {
            OnEndTag(name);
            return tagEnd;
        }

        OnStartTag(name, attributes, i);
        return RawTextElements.Contains(name) ? SkipRawText(name, tagEnd) : tagEnd;
    }

    /// <summary>Reads attributes up to the tag's closing '&gt;' (quotes respected); returns the index after it, or -1 at end of input.</summary>
    private int ReadAttributes(int i, Dictionary<string, string>? attributes)
    {
        var html = _html;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '>')
            {
                return i + 1;
            }

            if (IsHtmlWhitespace(c) || c == '/')
            {
                i++;
                continue;
            }

            var nameStart = i;
            while (i < html.Length && !IsHtmlWhitespace(html[i]) && html[i] is not ('/' or '>' or '='))
            {
                i++;
            }

            var attributeName = html[nameStart..i];
            while (i < html.Length && IsHtmlWhitespace(html[i]))
            {
                i++;
            }

            if (i >= html.Length || html[i] != '=')
            {
                continue;
            }

            i++;
            while (i < html.Length && IsHtmlWhitespace(html[i]))
            {
                i++;
            }

            if (i >= html.Length)
            {
                return -1;
            }

            int valueStart, valueEnd;
            if (html[i] is '"' or '\'')
            {
                var close = html.IndexOf(html[i], i + 1);
                if (close < 0)
                {
                    return -1;
                }

                valueStart = i + 1;
                valueEnd = close;
                i = close + 1;
            }
            else
            {
                valueStart = i;
                while (i < html.Length && !IsHtmlWhitespace(html[i]) && html[i] != '>')
                {
                    i++;
                }

                valueEnd = i;
            }

            if (attributes is not null)
            {
                attributes.TryAdd(attributeName, WebUtility.HtmlDecode(html[valueStart..valueEnd]));
            }
        }

        return -1;
    }

    private int SkipRawText(string name, int i)
    {
        var closing = "</" + name;
        while (true)
        {
            var at = _html.IndexOf(closing, i, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return _html.Length;
            }

            var after = at + closing.Length;
            if (after >= _html.Length || IsHtmlWhitespace(_html[after]) || _html[after] is '/' or '>')
            {
                var close = _html.IndexOf('>', after);
                return close < 0 ? _html.Length : close + 1;
            }

            i = after;
        }
    }

    private void OnStartTag(string name, Dictionary<string, string>? attributes, int tagStart)
    {
        if (name == "body")
        {
            SetHidden("head", 0);
        }

        if (HiddenContainers.Contains(name))
        {
            SetHidden(name, _hiddenDepth.GetValueOrDefault(name) + 1);
            return;
        }

        if (attributes is not null)
        {
            ReadMetadata(name, attributes);
        }

        if (name == "br")
        {
            if (!Hidden)
            {
                _builder.AppendLineBreak(_lines.At(tagStart));
            }

            return;
        }

        if (!BlockElements.Contains(name))
        {
            return;
        }

        _builder.EndBlock();
        switch (name)
        {
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                _headingDepth++;
                break;
            case "ul" or "ol":
                _listDepth++;
                break;
            case "li":
                _listItemDepth = Math.Min(_listItemDepth + 1, Math.Max(_listDepth, 1));
                break;
            case "blockquote":
                _quoteDepth++;
                break;
            case "table":
                _tableDepth++;
                break;
            case "td" or "th":
                _cellDepth = Math.Min(_cellDepth + 1, Math.Max(_tableDepth, 1));
                break;
            case "article":
                _articleDepth++;
                break;
            case "pre":
                _preDepth++;
                break;
        }
    }

    private void OnEndTag(string name)
    {
        if (HiddenContainers.Contains(name))
        {
            SetHidden(name, name == "head" ? 0 : _hiddenDepth.GetValueOrDefault(name) - 1);
            return;
        }

        if (!BlockElements.Contains(name))
        {
            return;
        }

        _builder.EndBlock();
        switch (name)
        {
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                _headingDepth = Math.Max(0, _headingDepth - 1);
                break;
            case "ul" or "ol":
                _listDepth = Math.Max(0, _listDepth - 1);
                _listItemDepth = Math.Min(_listItemDepth, _listDepth);
                break;
            case "li":
                _listItemDepth = Math.Max(0, _listItemDepth - 1);
                break;
            case "blockquote":
                _quoteDepth = Math.Max(0, _quoteDepth - 1);
                break;
            case "table":
                _tableDepth = Math.Max(0, _tableDepth - 1);
                _cellDepth = Math.Min(_cellDepth, _tableDepth);
                break;
            case "tr":
                _cellDepth = Math.Min(_cellDepth, Math.Max(0, _tableDepth - 1));
                break;
            case "td" or "th":
                _cellDepth = Math.Max(0, _cellDepth - 1);
                break;
            case "article":
                _articleDepth = Math.Max(0, _articleDepth - 1);
                break;
            case "pre":
                _preDepth = Math.Max(0, _preDepth - 1);
                break;
        }
    }

    private void SetHidden(string name, int depth)
    {
        depth = Math.Max(0, depth);
        _hiddenTotal += depth - _hiddenDepth.GetValueOrDefault(name);
        _hiddenDepth[name] = depth;
        if (Hidden)
        {
            _builder.EndBlock();
        }
    }

    private void ReadMetadata(string name, Dictionary<string, string> attributes)
    {
        if (name == "time")
        {
            if (_articleDepth > 0 && _articleTime is null && attributes.TryGetValue("datetime", out var datetime))
            {
                _articleTime = MetadataDates.Parse(datetime);
            }

            return;
        }

        if (!attributes.TryGetValue("content", out var content))
        {
            return;
        }

        var property = attributes.GetValueOrDefault("property") ?? attributes.GetValueOrDefault("itemprop") ?? string.Empty;
        var metaName = attributes.GetValueOrDefault("name") ?? string.Empty;
        if (property.Equals("article:published_time", StringComparison.OrdinalIgnoreCase) ||
            property.Equals("datePublished", StringComparison.OrdinalIgnoreCase))
        {
            _publishedTime ??= MetadataDates.Parse(content);
        }
        else if (metaName.Equals("date", StringComparison.OrdinalIgnoreCase) ||
                 metaName.Equals("dcterms.date", StringComparison.OrdinalIgnoreCase) ||
                 metaName.Equals("dc.date", StringComparison.OrdinalIgnoreCase))
        {
            _metaDate ??= MetadataDates.Parse(content);
        }
    }

    private static bool IsHtmlWhitespace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
