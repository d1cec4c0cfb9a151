using System.Text;

namespace FactCheck.Core.Documents;

/// <summary>
/// Decodes the bytes of a text draft: byte-order mark first, then strict UTF-8, then UTF-16 without a BOM when the
/// zero bytes say so, and Windows-1252 for the rest (what older newsroom tools and Word's "plain text" save).
/// Binary files are refused rather than decoded into noise.
/// </summary>
internal static class TextDecoder
{
    private const int SampleLength = 64 * 1024;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, true);
    private static readonly Encoding StrictUtf16Le = new UnicodeEncoding(false, false, true);
    private static readonly Encoding StrictUtf16Be = new UnicodeEncoding(true, false, true);
    private static readonly Encoding StrictUtf32Le = new UTF32Encoding(false, false, true);
    private static readonly Encoding StrictUtf32Be = new UTF32Encoding(true, false, true);

    /// <summary>Windows-1252; the code-pages provider is registered once, on first use.</summary>
    public static Encoding Windows1252 { get; } = CreateWindows1252();

    public static string Decode(string name, byte[] bytes) => Decode(name, bytes, out _, out _);

    /// <summary>
    /// <see cref="Decode(string, byte[])"/>, also telling the encoding it read (without its byte-order mark) and the
    /// length in bytes of the mark, so a caller can write edited text back in the file's own encoding.
    /// </summary>
    public static string Decode(string name, byte[] bytes, out Encoding encoding, out int preambleLength)
    {
        var span = bytes.AsSpan();
        preambleLength = 0;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            (encoding, preambleLength) = (StrictUtf32Le, 4);
            return DecodeWithBom(name, span[4..], StrictUtf32Le, "UTF-32");
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            (encoding, preambleLength) = (StrictUtf32Be, 4);
            return DecodeWithBom(name, span[4..], StrictUtf32Be, "UTF-32");
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            (encoding, preambleLength) = (StrictUtf8, 3);
            return DecodeWithBom(name, span[3..], StrictUtf8, "UTF-8");
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            (encoding, preambleLength) = (StrictUtf16Le, 2);
            return DecodeWithBom(name, span[2..], StrictUtf16Le, "UTF-16");
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            (encoding, preambleLength) = (StrictUtf16Be, 2);
            return DecodeWithBom(name, span[2..], StrictUtf16Be, "UTF-16");
        }

        var sample = span[..Math.Min(span.Length, SampleLength)];
        if (sample.Contains((byte)0))
        {
            var utf16 = GuessUtf16WithoutBom(sample);
            if (utf16 is not null && span.Length % 2 == 0 && TryDecode(span, utf16, out var text) && !text.Contains('\0'))
            {
                encoding = utf16;
                return text;
            }

            throw LooksBinary(name);
        }

        if (CountControlCharacters(sample) * 50 > sample.Length)
        {
            throw LooksBinary(name);
        }

        if (TryDecode(span, StrictUtf8, out var utf8))
        {
            encoding = StrictUtf8;
            return utf8;
        }

        encoding = Windows1252;
        return Windows1252.GetString(span);
    }

    private static string DecodeWithBom(string name, ReadOnlySpan<byte> body, Encoding encoding, string encodingName)
    {
        if (TryDecode(body, encoding, out var text))
        {
            return text;
        }

        throw new DocumentInputException($"{name}: starts with a {encodingName} byte-order mark but is not valid {encodingName}; re-save it as UTF-8.");
    }

    private static bool TryDecode(ReadOnlySpan<byte> bytes, Encoding encoding, out string text)
    {
        try
        {
            text = encoding.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = string.Empty;
            return false;
        }
    }

    // Latin-script UTF-16 has a zero in nearly every other byte and none in the other half.
    private static Encoding? GuessUtf16WithoutBom(ReadOnlySpan<byte> sample)
    {
        var pairs = sample.Length / 2;
        if (pairs < 2)
        {
            return null;
        }

        int zerosEven = 0, zerosOdd = 0;
        for (var i = 0; i + 1 < sample.Length; i += 2)
        {
            zerosEven += sample[i] == 0 ? 1 : 0;
            zerosOdd += sample[i + 1] == 0 ? 1 : 0;
        }

        if (zerosOdd * 10 >= pairs * 7 && zerosEven * 100 <= pairs)
        {
            return StrictUtf16Le;
        }

        return zerosEven * 10 >= pairs * 7 && zerosOdd * 100 <= pairs ? StrictUtf16Be : null;
    }

    private static int CountControlCharacters(ReadOnlySpan<byte> sample)
    {
        var count = 0;
        foreach (var b in sample)
        {
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f'))
            {
                count++;
            }
        }

        return count;
    }

    private static DocumentInputException LooksBinary(string name) =>
        new($"{name}: looks like a binary file, not a text draft; upload the article as .txt, .md, .html or .docx.");

    private static Encoding CreateWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
