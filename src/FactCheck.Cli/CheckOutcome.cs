using FactCheck.Core.Documents;
using FactCheck.Core.Reports;
using SourceFormat = FactCheck.Core.Documents.DocumentFormat;

namespace FactCheck.Cli;

/// <summary>
/// One input as checked: its report, whether checking it hit a bug, and — when the run reads the source again
/// (rdjson, <c>--fix</c>) — the bytes it was checked from and the format they were read as.
/// </summary>
public sealed record CheckOutcome(CheckInput Input, FileReport Report)
{
    private DecodedSource? _source;

    public bool InternalError { get; init; }

    public byte[]? Content { get; init; }

    public SourceFormat? Format { get; init; }

    /// <summary>The decoded source of a text draft (not .docx), decoded once; null when the bytes were not kept.</summary>
    public DecodedSource? Source()
    {
        if (Content is null || Format is null or SourceFormat.Docx)
        {
            return null;
        }

        // These bytes were decoded once already to be checked, so decoding them again cannot fail.
        return _source ??= DecodedSource.Decode(Report.Path, Content);
    }
}
